namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>The L2CAP connection could not be made or broke; the message says what and what to do.</summary>
public sealed class AttTransportException : Exception
{
    public AttTransportException()
    {
    }

    public AttTransportException(string message)
        : base(message)
    {
    }

    public AttTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
