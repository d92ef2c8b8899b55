namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>The adapter cannot be used; <see cref="Exception.Message"/> says why and what to do.</summary>
public sealed class BleScannerException : Exception
{
    public BleScannerException(BleProblem problem, string message)
        : base(message) => Problem = problem;

    public BleScannerException()
    {
    }

    public BleScannerException(string message)
        : base(message)
    {
    }

    public BleScannerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BleProblem Problem { get; } = BleProblem.IoError;
}
