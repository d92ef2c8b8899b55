using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>How long shopper-level records, and operators' records, are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Raw, shopper-level signals and events older than this are deleted or folded into shopper-free aggregates.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan RawSignals { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Records kept for operators and about no shopper (experiment alerts, external alerts) older than this are deleted.
    /// At least a week: the experiment alert check looks up to seven days back, and must find what it raised.
    /// </summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan OperatorRecords { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
