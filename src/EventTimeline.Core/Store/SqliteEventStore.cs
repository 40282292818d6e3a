using System.Data;
using System.Data.Common;

using Microsoft.Data.Sqlite;

namespace EventTimeline.Store;

/// <summary>An event store in one SQLite file (Microsoft.Data.Sqlite): for one machine; its writes are serialized by the file's lock.</summary>
internal sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _path;

    private SqliteEventStore(SqliteConnection connection, string path)
        : base(connection, $"SQLite store {path}")
    {
        _path = path;
    }

    /// <inheritdoc/>
    public override IEventStore Reopen() => Open(_path);

    /// <inheritdoc/>
    protected override string BlobType => "BLOB";

    /// <inheritdoc/>
    protected override string RealType => "REAL";

    /// <inheritdoc/>
    protected override string NowSeconds => "(julianday('now') - 2440587.5) * 86400.0";

    /// <inheritdoc/>
    protected override string ClusteredTable => " WITHOUT ROWID";

    /// <inheritdoc/>
    protected override string SkipLocked => string.Empty;

    /// <summary>Opens (creating when absent) the store in the SQLite file at <paramref name="path"/>.</summary>
    public static SqliteEventStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // WAL lets readers (query) run while a build writes; NORMAL syncs at checkpoints, which WAL keeps consistent after a crash.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
                pragma.ExecuteNonQuery();
            }

            var store = new SqliteEventStore(connection, path);
            store.EnsureSchema();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreSchemaException($"cannot open SQLite store {path}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    protected override bool TableExists(DbTransaction? transaction, string table) =>
        Scalar(transaction, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = @name", ("name", table)) is not null;

    /// <inheritdoc/>
    protected override void LockForSchema(DbTransaction transaction)
    {
        // An IMMEDIATE transaction (see BeginWrite) already holds the file's write lock.
    }

    /// <inheritdoc/>
    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(IsolationLevel.Serializable, deferred: false);
}
