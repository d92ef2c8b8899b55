namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>A trace file that cannot be replayed; the message names the line and what to fix.</summary>
public sealed class TraceFormatException : Exception
{
    public TraceFormatException()
    {
    }

    public TraceFormatException(string message)
        : base(message)
    {
    }

    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
