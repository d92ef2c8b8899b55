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

    /// <summary>
    /// Why a purpose is not one: <c>analytics</c> was removed because nothing kept per shopper served it; campaign
    /// measurement is shopper-free counts, which need no consent (docs/privacy.md).
    /// </summary>
    public static string NotAPurpose(string purpose) =>
        purpose == "analytics"
            ? "'analytics' is no longer a purpose: campaigns are measured only by shopper-free counts, which need no consent"
            : $"'{purpose}' is not a purpose";

    public static IReadOnlyList<string> All { get; } = [Presence, Activity, Offers];
}
