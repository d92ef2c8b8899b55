using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>Section <c>Gateway:Experiments</c>: the global control group, display time slots, and the journey writes.</summary>
public sealed class ExperimentOptions
{
    public const string Section = "Gateway:Experiments";

    /// <summary>Percent of shoppers that receive no campaign at all and are measured against every campaign; 0 disables.</summary>
    [Range(0, 50)]
    public double GlobalControlPercent { get; set; } = 5;

    /// <summary>Salt of the global control group's hash; a new salt draws a new group (for shoppers not yet exposed).</summary>
    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string GlobalControlSalt { get; set; } = ScenarioEdge.Experiments.Assignment.Assigner.GlobalControlSalt;

    /// <summary>Length of a display experiment's time slot: a display × slot is one unit (cluster randomisation).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DisplaySlot { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long journey changes (exposures, funnel stages) wait before they are written together.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WriteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the experiment alert check looks whether a day has ended (by event time) and checks it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan AlertCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
