namespace ScenarioEdge.Provisioning;

/// <summary>A scenario file that cannot be used; the message names the file, the field and the problem.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ScenarioException()
    {
    }
}
