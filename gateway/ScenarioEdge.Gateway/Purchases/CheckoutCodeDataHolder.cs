using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// The shopper's open checkout code: it serves linking a purchase for offers and points, so erasure or withdrawing
/// the offers consent voids it. Export says when it was issued and expires, never the code. Retention sweeps expired ones.
/// </summary>
public sealed class CheckoutCodeDataHolder(CheckoutCodes codes) : IShopperDataHolder
{
    public string Name => "checkoutCodes";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) =>
        [.. codes.OpenOf(shopper).Select(c => new { install = c.Install, issued = c.IssuedAt, expires = c.Expires })];

    public int EraseData(string shopper) => codes.Forget(shopper);

    public int ExpireBefore(DateTime cutoff) => codes.Sweep();
}
