namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One experimental unit's way through one campaign's funnel (LiteDB collection <c>journeys</c>, id
/// <c>{campaign}\n{unit}</c>, so one per (campaign, unit) by construction): created at the unit's first exposure, its
/// stage times filled as they happen. <see cref="Shopper"/> links it to a pseudonymous shopper for export and
/// erasure; erasure replaces the unit with an unlinkable token and clears the link, so past reports keep their counts.
/// </summary>
public sealed class JourneyRecord
{
    public string Id { get; set; } = "";

    public string Campaign { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>The shopper the unit is (shopper units), or null (display slots, or erased).</summary>
    public string? Shopper { get; set; }

    public string Arm { get; set; } = "";

    /// <summary>The campaign version live at the first exposure: attribution follows its terms, whatever the campaign became since (0: written before versions were kept here).</summary>
    public int Version { get; set; }

    public string Store { get; set; } = "";

    /// <summary>The store visit of the first exposure (the visit window of in-store offers), or null.</summary>
    public string? Visit { get; set; }

    /// <summary>Store-local day of the first exposure, yyyy-MM-dd (sorts and compares as text).</summary>
    public string Day { get; set; } = "";

    public DateTime ExposedAt { get; set; }

    public string? Outcome { get; set; }

    public string? Channel { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? ClickedAt { get; set; }

    public DateTime? DismissedAt { get; set; }

    public DateTime? RedeemedAt { get; set; }

    public DateTime? PurchasedAt { get; set; }

    public double Revenue { get; set; }

    public double DistanceToShelfM { get; set; } = double.NaN;

    public double CouponValue { get; set; } = double.NaN;

    public string? Scene { get; set; }

    public double SceneConfidence { get; set; } = double.NaN;

    public int LocalHour { get; set; } = -1;

    public double DwellSeconds { get; set; } = double.NaN;

    public bool? DisplayAlsoShowed { get; set; }

    public static string KeyOf(string campaign, string unit) => $"{campaign}\n{unit}";
}
