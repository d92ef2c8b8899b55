using System.Text.Json;
using System.Text.Json.Nodes;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>A coupon definition as the API shows it: state, version, what its budget has spent, and (in detail) its document.</summary>
public sealed record CouponSummary(string Id, string Name, string State, int Version, string? FolderFile, DateTimeOffset ChangedAt, string ChangedBy, int Issued, double IssuedValue, JsonNode? Document)
{
    public static CouponSummary Of(CouponRecord c, GatewayDatabase db, bool detail)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(db);
        var budget = db.CouponBudgets.FindById(c.Id);
        return new CouponSummary(c.Id, c.Name, c.Retired ? "retired" : "active", c.Version, c.FolderFile, c.ChangedAt, c.ChangedBy,
            budget?.Issued ?? 0, budget?.Value ?? 0, detail ? Parse(c.Json) : null);
    }

    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
}
