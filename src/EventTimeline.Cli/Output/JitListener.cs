using System.Diagnostics.Tracing;

namespace EventTimeline.Cli.Output;

/// <summary>Prints every method the JIT compiles (EVENTTIMELINE_TRACE=jit), to see what ahead-of-time compilation leaves to start-up.</summary>
internal sealed class JitListener : EventListener
{
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == "MethodJittingStarted_V1" && eventData.Payload is { Count: >= 6 } p)
        {
            Console.Error.WriteLine($"jit: {p[4]}::{p[5]}");
        }
    }
}
