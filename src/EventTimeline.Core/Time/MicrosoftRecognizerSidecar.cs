using System.Diagnostics;
using System.Globalization;
using System.Text;

using EventTimeline.Time.Anchoring;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Time;

/// <summary>One text for the recognizer and the day its relative expressions are read against.</summary>
/// <param name="Text">The text.</param>
/// <param name="Reference">The reference day; null lets the sidecar use a fixed day, so relative readings must be treated as unresolved.</param>
internal sealed record SidecarItem(string Text, DateOnly? Reference);

/// <summary>The recognizer's candidates for one item, or the error it reported for that item.</summary>
/// <param name="Candidates">Candidates with offsets into the item's text (empty when <paramref name="Error"/> is set).</param>
/// <param name="Error">The sidecar's error message for this item, if it failed.</param>
internal sealed record SidecarResult(IReadOnlyList<TimexCandidate> Candidates, string? Error);

/// <summary>
/// The one adapter between EventTimeline and Microsoft.Recognizers.Text: starts the Node sidecar once, sends
/// batches as JSON lines and turns the recognizer's JSON into <see cref="TimexCandidate"/>s.
/// </summary>
/// <remarks>
/// One batch at a time: calls are serialized by a lock. A process that dies or does not answer within the timeout is
/// killed and a fresh one gets the batch again, a bounded number of times; then <see cref="TaggingFailedException"/>.
/// </remarks>
internal sealed class MicrosoftRecognizerSidecar : IDisposable
{
    public const string ScriptName = "recognizer-sidecar.js";
    private const string RecognizerPackage = "@microsoft/recognizers-text-date-time";
    private const int StderrLinesKept = 20;

    private readonly object _gate = new();
    private readonly string _nodePath;
    private readonly string _scriptPath;
    private readonly Queue<string> _stderrTail = new();
    private readonly RecognizerOptions _options;
    private Process? _process;
    private long _nextId;
    private bool _disposed;

    public MicrosoftRecognizerSidecar(string sidecarDirectory)
        : this(sidecarDirectory, Environment.GetEnvironmentVariable("PATH"))
    {
    }

    public MicrosoftRecognizerSidecar(string sidecarDirectory, RecognizerOptions options)
        : this(sidecarDirectory, Environment.GetEnvironmentVariable("PATH"), options)
    {
    }

    /// <summary>Starts the sidecar, looking for <c>node</c> in <paramref name="searchPath"/> (a PATH-style list).</summary>
    public MicrosoftRecognizerSidecar(string sidecarDirectory, string? searchPath, RecognizerOptions? options = null)
    {
        _options = options ?? RecognizerOptions.Default;
        if (_options.Validate() is { } invalid)
        {
            throw new ArgumentException(invalid, nameof(options));
        }

        _scriptPath = Path.Combine(sidecarDirectory, ScriptName);
        if (!File.Exists(_scriptPath))
        {
            throw new TemporalEngineUnavailableException(
                $"the date recognizer sidecar is missing: {_scriptPath} not found (run `dotnet build` to install it)");
        }

        var package = Path.Combine(sidecarDirectory, "node_modules", "@microsoft", "recognizers-text-date-time", "package.json");
        if (!File.Exists(package))
        {
            throw new TemporalEngineUnavailableException(
                $"the date recognizer's npm packages are missing in {sidecarDirectory}: run `npm ci` there or rebuild with npm on PATH");
        }

        _nodePath = FindNode(searchPath ?? string.Empty) ?? throw new TemporalEngineUnavailableException(
            "node was not found on PATH: the date recognizer (Microsoft.Recognizers.Text for JavaScript) needs Node.js 18 or later");
        lock (_gate)
        {
            Start();
        }
    }

    /// <summary>Recognizes every item; the result has one entry per item, in order.</summary>
    public IReadOnlyList<SidecarResult> Recognize(IReadOnlyList<SidecarItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var id = ++_nextId;
            var request = BuildRequest(id, items);
            var timeout = _options.TimeoutFor(items.Sum(item => (long)item.Text.Length));
            var faults = new List<string>();
            for (var attempt = 0; attempt <= _options.Retries; attempt++)
            {
                if (_process is null || _process.HasExited)
                {
                    Stop();
                    Start();
                }

                var (response, fault) = Exchange(id, request, timeout);
                if (response is not null)
                {
                    return ParseResponse(response, items.Count);
                }

                faults.Add(fault);
                Stop();
            }

            throw new TaggingFailedException(
                $"the date recognizer failed {faults.Count} time{(faults.Count == 1 ? string.Empty : "s")} on this text ({string.Join("; then ", faults)})");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Stop();
        }
    }

    /// <summary>The id of the running Node process, if any (for diagnostics).</summary>
    public int? ProcessId
    {
        get
        {
            lock (_gate)
            {
                return _process is { HasExited: false } process ? process.Id : null;
            }
        }
    }

    private static string? FindNode(string searchPath)
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : new[] { "node" };
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private void Start()
    {
        var start = new ProcessStartInfo(_nodePath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(_scriptPath)!,
        };
        start.ArgumentList.Add("--no-warnings");
        start.ArgumentList.Add(_scriptPath);

        // The recognizer reads local-time getters: UTC keeps midnight of the reference day on that day.
        start.Environment["TZ"] = "UTC";
        start.Environment["NODE_NO_WARNINGS"] = "1";
        foreach (var (name, value) in _options.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new TemporalEngineUnavailableException($"could not start {_nodePath}");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new TemporalEngineUnavailableException($"could not start {_nodePath}: {error.Message}", error);
        }

        lock (_stderrTail)
        {
            _stderrTail.Clear();
        }

        process.ErrorDataReceived += (_, line) => KeepStderr(line.Data);
        process.BeginErrorReadLine();
        _process = process;
    }

    private void Stop()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(2)))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(2));
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // Its stdin is already closed.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line);
            while (_stderrTail.Count > StderrLinesKept)
            {
                _stderrTail.Dequeue();
            }
        }
    }

    private string StderrSummary()
    {
        lock (_stderrTail)
        {
            var last = _stderrTail.LastOrDefault(line => !string.IsNullOrWhiteSpace(line));
            return last is null ? "no message" : last.Trim();
        }
    }

    /// <summary>Sends one request and reads its response line; null and why when the process died or did not answer within <paramref name="timeout"/>.</summary>
    private (string? Response, string Fault) Exchange(long id, string request, TimeSpan timeout)
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return (null, "it had stopped: " + StderrSummary());
        }

        // The exchange runs on its own task so that a hung process (which may not even read its input) cannot block
        // the caller: on timeout the process is killed, which ends the task's blocked write or read.
        var exchange = Task.Run(() => WriteAndRead(process, id, request));
        bool answered;
        try
        {
            answered = exchange.Wait(timeout);
        }
        catch (AggregateException)
        {
            answered = true;
        }

        if (!answered)
        {
            Kill(process);
            return (null, $"no answer within {Seconds(timeout)}, killed");
        }

        return exchange.Status == TaskStatus.RanToCompletion && exchange.Result is { } line
            ? (line, string.Empty)
            : (null, "it stopped: " + ExitSummary(process));
    }

    private static string? WriteAndRead(Process process, long id, string request)
    {
        try
        {
            process.StandardInput.Write(request);
            process.StandardInput.Write('\n');
            process.StandardInput.Flush();
            while (true)
            {
                var line = process.StandardOutput.ReadLine();
                if (line is null)
                {
                    return null;
                }

                if (ResponseId(line) == id)
                {
                    return line;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            return null;
        }
    }

    private string ExitSummary(Process process)
    {
        try
        {
            process.WaitForExit(TimeSpan.FromSeconds(2));
            var code = process.HasExited ? "exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";
            return $"{code}, {StderrSummary()}";
        }
        catch (InvalidOperationException)
        {
            return StderrSummary();
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static long? ResponseId(string line)
    {
        try
        {
            var token = ParseObject(line)["id"];
            return token is { Type: JTokenType.Integer } ? token.Value<long>() : null;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    /// <summary>Parses one JSON line keeping date-like strings as written (the recognizer's values are ISO text).</summary>
    private static JObject ParseObject(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    private static string BuildRequest(long id, IReadOnlyList<SidecarItem> items)
    {
        var builder = new StringBuilder();
        using var text = new StringWriter(builder, CultureInfo.InvariantCulture);
        using var writer = new JsonTextWriter(text) { Formatting = Formatting.None };
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(id);
        writer.WritePropertyName("items");
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("text");
            writer.WriteValue(item.Text);
            writer.WritePropertyName("reference");
            if (item.Reference is { } reference)
            {
                writer.WriteValue(reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return builder.ToString();
    }

    private static IReadOnlyList<SidecarResult> ParseResponse(string line, int expected)
    {
        var response = ParseObject(line);
        if (response["error"] is JToken error)
        {
            throw new TaggingFailedException("the date recognizer sidecar rejected a request: " + error.ToString(Formatting.None));
        }

        if (response["results"] is not JArray results || results.Count != expected)
        {
            throw new TaggingFailedException($"the date recognizer sidecar answered {response["results"]?.Count() ?? 0} results for {expected} items");
        }

        return results.Select(ParseResult).ToList();
    }

    private static SidecarResult ParseResult(JToken result)
    {
        if (result["error"] is JToken error)
        {
            return new SidecarResult([], error.ToString());
        }

        var entities = result["entities"] as JArray ?? [];
        var candidates = new List<TimexCandidate>(entities.Count);
        foreach (var entity in entities)
        {
            var start = entity.Value<int>("start");
            var end = entity.Value<int>("end");
            if (end <= start || ParseKind(entity.Value<string>("type")) is not { } kind)
            {
                continue;
            }

            var readings = (entity["values"] as JArray ?? [])
                .Select(value => new CandidateReading(
                    value.Value<string>("timex"),
                    value.Value<string>("value"),
                    value.Value<string>("start"),
                    value.Value<string>("end"),
                    value.Value<string>("Mod")))
                .ToList();
            candidates.Add(new TimexCandidate(start, end - start, kind, readings));
        }

        return new SidecarResult(candidates, null);
    }

    private static CandidateKind? ParseKind(string? typeName) => typeName switch
    {
        "datetimeV2.date" => CandidateKind.Date,
        "datetimeV2.daterange" => CandidateKind.DateRange,
        "datetimeV2.time" => CandidateKind.Time,
        "datetimeV2.datetime" => CandidateKind.DateTime,
        "datetimeV2.timerange" => CandidateKind.TimeRange,
        "datetimeV2.datetimerange" => CandidateKind.DateTimeRange,
        "datetimeV2.duration" => CandidateKind.Duration,
        "datetimeV2.set" => CandidateKind.Set,
        _ => null,
    };
}
