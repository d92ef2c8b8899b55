using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// A campaign's attribution rule: a purchase of a promoted product within <see cref="Window"/> after the touch, and —
/// for an in-store offer with <see cref="Visit"/> — before the shopper left the store plus <see cref="Grace"/>,
/// may be credited to the campaign; among the campaigns whose windows are open, the last touch wins.
/// </summary>
public sealed record CampaignAttribution(TimeSpan Window, bool Visit, TimeSpan Grace)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(72);

    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMinutes(30);

    public static CampaignAttribution Of(AttributionSpec? spec, TriggerKind kind) => new(
        spec?.Window is { } w ? Durations.Parse(w) : DefaultWindow,
        TriggerKinds.IsInStore(kind) && spec?.Visit != false,
        spec?.Grace is { } g ? Durations.Parse(g) : DefaultGrace);

    /// <summary>The rule in words, for a report: "last touch; 72h window; visit + 30m grace".</summary>
    public string Describe() =>
        $"last touch in its window; {Window.TotalHours:0.##}h after the touch{(Visit ? $", and until the shopper left the store + {Grace.TotalMinutes:0.##}m" : "")}";
}
