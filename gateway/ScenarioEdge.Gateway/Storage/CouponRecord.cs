namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A coupon definition (collection <c>coupons</c>, id = the document's id): its state and current version, with the
/// current document; every version is kept in <see cref="CouponVersionRecord"/>.
/// </summary>
public sealed class CouponRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Retired definitions issue no more coupons; codes already issued still redeem until they expire.</summary>
    public bool Retired { get; set; }

    public int Version { get; set; }

    /// <summary>The current version's document, as JSON in the published shape.</summary>
    public string Json { get; set; } = "";

    /// <summary>The file of the watched coupon folder that owns the definition (read-only through the API), or null.</summary>
    public string? FolderFile { get; set; }

    public string? FolderHash { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";
}
