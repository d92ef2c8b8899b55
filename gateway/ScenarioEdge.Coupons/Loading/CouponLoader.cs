using System.Text.Json;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Coupons.Validation;

namespace ScenarioEdge.Coupons.Loading;

/// <summary>
/// Loads a coupon definition from JSON or YAML the way campaign documents load: size limits while parsing, every
/// unknown field and wrong type by path (and line, for YAML), then <see cref="CouponValidator"/>.
/// </summary>
public static class CouponLoader
{
    public static CouponLoadResult FromYaml(string yaml, ICampaignCatalog catalog) => Load(yaml, true, catalog);

    public static CouponLoadResult FromJson(string json, ICampaignCatalog catalog) => Load(json, false, catalog);

    /// <summary>The document as JSON in the published shape (camelCase, absent values left out).</summary>
    public static string ToJson(CouponDocument document) => JsonSerializer.Serialize(document, CouponJsonContext.Default.CouponDocument);

    private static CouponLoadResult Load(string text, bool yaml, ICampaignCatalog catalog)
    {
        var read = DocumentReader.Read(text, yaml, CouponJsonContext.Default.CouponDocument);
        if (read.Document is not { } doc)
        {
            return new CouponLoadResult(null, read.Problems);
        }

        var problems = read.With(CouponValidator.Validate(doc, catalog));
        return new CouponLoadResult(problems.Count == 0 ? doc : null, problems);
    }
}
