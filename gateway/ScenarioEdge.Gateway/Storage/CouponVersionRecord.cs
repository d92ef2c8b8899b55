namespace ScenarioEdge.Gateway.Storage;

/// <summary>One version of a coupon definition, never changed once written (collection <c>couponversions</c>, id <c>{coupon}/{version}</c>).</summary>
public sealed class CouponVersionRecord
{
    public string Id { get; set; } = "";

    public string Coupon { get; set; } = "";

    public int Version { get; set; }

    public string Json { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public static string KeyOf(string coupon, int version) => $"{coupon}/{version}";
}
