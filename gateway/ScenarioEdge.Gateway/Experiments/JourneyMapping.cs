using System.Globalization;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>A stored journey as the shared contract the report computes from.</summary>
internal static class JourneyMapping
{
    public static Journey ToJourney(JourneyRecord j) => new()
    {
        Unit = j.Unit,
        Arm = j.Arm,
        Store = j.Store,
        Day = DateOnly.ParseExact(j.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExposedAt = Utc(j.ExposedAt),
        Outcome = j.Outcome,
        Channel = j.Channel,
        SentAt = Utc(j.SentAt),
        DeliveredAt = Utc(j.DeliveredAt),
        OpenedAt = Utc(j.OpenedAt),
        ClickedAt = Utc(j.ClickedAt),
        DismissedAt = Utc(j.DismissedAt),
        RedeemedAt = Utc(j.RedeemedAt),
        PurchasedAt = Utc(j.PurchasedAt),
        Revenue = j.Revenue,
        Features = new JourneyFeatures
        {
            DistanceToShelfM = j.DistanceToShelfM,
            CouponValue = j.CouponValue,
            Scene = j.Scene,
            SceneConfidence = j.SceneConfidence,
            LocalHour = j.LocalHour,
            DwellSeconds = j.DwellSeconds,
            DisplayAlsoShowed = j.DisplayAlsoShowed,
        },
    };

    // LiteDB hands DateTime back in local time; the contract is UTC instants.
    private static DateTimeOffset Utc(DateTime at) => new(at.ToUniversalTime(), TimeSpan.Zero);

    private static DateTimeOffset? Utc(DateTime? at) => at is { } a ? Utc(a) : null;
}
