using System.Collections.Concurrent;
using System.Text.Json;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Coupons.Rules;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// The coupon definitions as the ledger uses them, parsed once per version: one cache over the <c>coupons</c>
/// collection, dropped entry by entry by <see cref="CouponStore"/>, the one writer of definitions.
/// </summary>
public sealed class CouponDefinitions(GatewayDatabase database)
{
    private readonly ConcurrentDictionary<string, CouponDefinition?> _byId = new(StringComparer.Ordinal);

    /// <summary>The definition that may issue now, or null (unknown or retired).</summary>
    public CouponDefinition? Active(string coupon) => _byId.GetOrAdd(coupon, static (id, db) =>
        db.Coupons.FindById(id) is { Retired: false } record
            && JsonSerializer.Deserialize(record.Json, CouponJsonContext.Default.CouponDocument) is { } doc
            ? CouponDefinition.Of(doc)
            : null, database);

    public void Changed(string coupon) => _byId.TryRemove(coupon, out _);
}
