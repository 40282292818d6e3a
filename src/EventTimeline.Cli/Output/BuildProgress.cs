using System.Globalization;

using Spectre.Console;
using Spectre.Console.Rendering;

namespace EventTimeline.Cli.Output;

/// <summary>
/// The progress bar of <c>build</c> on stderr: the current stage, documents done in it, the rate and the time left.
/// Shown only when stderr is an interactive terminal; otherwise the pipeline runs without it.
/// </summary>
internal sealed class BuildProgress : IPipelineObserver
{
    // Every stage counts as one pass over the documents: the bar fills by stage and by document.
    private static readonly int StageCount = Enum.GetValues<PipelineStage>().Length;

    private readonly object _gate = new();
    private readonly ProgressTask _task;
    private readonly int _documents;
    private PipelineStage _stage;
    private int _stageTotal;
    private int _stageDone;

    private BuildProgress(ProgressTask task, int documents)
    {
        _task = task;
        _documents = Math.Max(documents, 1);
    }

    /// <summary>True when stderr is a terminal that can redraw a bar in place.</summary>
    public static bool CanShow(IAnsiConsole console) =>
        !Console.IsErrorRedirected && console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;

    /// <summary>A console writing to stderr.</summary>
    public static IAnsiConsole StandardError() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Runs <paramref name="work"/> with a bar over <paramref name="documents"/> documents drawn on <paramref name="console"/>.</summary>
    public static T Run<T>(IAnsiConsole console, int documents, Func<IPipelineObserver, T> work)
    {
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DocumentRateColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: (double)StageCount * Math.Max(documents, 1));
                result = work(new BuildProgress(task, documents));
                task.Value = task.MaxValue;
            });
        return result;
    }

    public void StageStarted(PipelineStage stage, int documents)
    {
        lock (_gate)
        {
            _stage = stage;
            _stageTotal = documents;
            _stageDone = 0;
            _task.Value = (double)(int)stage * _documents;
            _task.Description = Describe();
        }
    }

    public void DocumentsDone(PipelineStage stage, int count)
    {
        lock (_gate)
        {
            _stageDone += count;
            _task.Value = ((double)(int)stage * _documents) + Math.Min(_stageDone, _documents);
            _task.Description = Describe();
        }
    }

    private string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{_stage.ToString().ToLowerInvariant(),-9} {_stageDone,7:N0}/{_stageTotal:N0} documents");

    /// <summary>Documents per second over the whole run (every stage is one pass over the documents).</summary>
    private sealed class DocumentRateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = seconds > 0 ? task.Value / StageCount / seconds : 0;
            return new Spectre.Console.Text(string.Create(CultureInfo.InvariantCulture, $"{rate,6:0} docs/s"), new Style(Color.Grey));
        }
    }
}
