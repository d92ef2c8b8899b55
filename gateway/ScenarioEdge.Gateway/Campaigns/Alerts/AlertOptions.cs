using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>Limits of the alert API (section <c>Gateway:Alerts</c>).</summary>
public sealed class AlertOptions
{
    public const string Section = "Gateway:Alerts";

    /// <summary>Alerts accepted per minute across all senders; more are refused (429) and counted.</summary>
    [Range(1, 10_000)]
    public int MaxPerMinute { get; set; } = 30;

    /// <summary>Longest validity of one alert.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Largest radius of a point-and-radius area, in metres.</summary>
    [Range(1, 1_000_000)]
    public double MaxRadiusM { get; set; } = 100_000;
}
