using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>The welcome campaign (section <c>Campaigns:Welcome</c>): a push when a shopper enters a store.</summary>
public sealed class WelcomeOptions
{
    public const string Section = "Campaigns:Welcome";

    public bool Enabled { get; set; } = true;

    [Required, StringLength(120, MinimumLength = 1)]
    public string Title { get; set; } = "Welcome in!";

    [Required, StringLength(1000, MinimumLength = 1)]
    public string Body { get; set; } = "Good to see you. Today's offers are waiting in the app.";

    /// <summary>At most one welcome per shopper and store within this event-time period.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Cooldown { get; set; } = TimeSpan.FromHours(6);
}
