namespace ScenarioEdge.Gateway.Identity;

/// <summary>The purposes a shopper consents to one by one.</summary>
public static class ConsentPurposes
{
    /// <summary>Being recognised in and near stores (presence, zones, dwell).</summary>
    public const string Presence = "presence";

    /// <summary>Activity signals (heart rate, cadence, speed, phone activity) to judge scenes.</summary>
    public const string Activity = "activity";

    /// <summary>Personalised offers and pushes.</summary>
    public const string Offers = "offers";

    /// <summary>Aggregate measurement of campaigns.</summary>
    public const string Analytics = "analytics";

    public static IReadOnlyList<string> All { get; } = [Presence, Activity, Offers, Analytics];
}
