namespace ScenarioEdge.Experiments.Reports;

/// <summary>A report request that cannot mean anything; <see cref="Parameter"/> names the query parameter to fix.</summary>
public sealed class ReportRequestException : Exception
{
    public ReportRequestException()
    {
    }

    public ReportRequestException(string message)
        : base(message)
    {
    }

    public ReportRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReportRequestException(string parameter, string message)
        : base(message) => Parameter = parameter;

    public string Parameter { get; } = "";
}
