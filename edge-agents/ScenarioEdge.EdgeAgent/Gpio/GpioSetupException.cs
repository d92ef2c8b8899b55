namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>GPIO cannot be used as configured; the message names the pin and what to do.</summary>
public sealed class GpioSetupException : Exception
{
    public GpioSetupException()
    {
    }

    public GpioSetupException(string message)
        : base(message)
    {
    }

    public GpioSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
