using ScenarioEdge.Campaigns.Documents;

namespace ScenarioEdge.Coupons.Documents;

/// <summary>
/// The JSON Schema of coupon definitions (the campaign library's <see cref="DocumentSchema"/>). Published as
/// docs/coupon.schema.json; a test keeps the file equal to this output.
/// </summary>
public static class CouponSchema
{
    public static string Generate() => DocumentSchema.Generate(
        CouponJsonContext.Default.Options, typeof(CouponDocument), "https://scenarioedge.example/schemas/coupon.schema.json", "ScenarioEdge coupon definition");
}
