using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Shelf events in, interactions out: a pick is interest; a put of the same SKU on the same lane within the window
/// after a pick is a pick-and-put-back. A put without a recent pick is restocking and nothing. Plain state, no I/O and
/// no clock of its own (event time only); owned by one worker, so no locks.
/// </summary>
public sealed class ShelfInteractionRule(TimeSpan window)
{
    private const int PruneAbove = 4096;
    private readonly Dictionary<(string Store, string Device, string Lane, string Sku), DateTimeOffset> _picks = [];

    public ShelfInteraction? Apply(string store, string device, ShelfEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Lane is not { } lane || e.Sku is not { } sku || e.Count is not > 0)
        {
            return null;
        }

        var key = (store, device, lane, sku);
        switch (e.Kind)
        {
            case ShelfEventKind.Pick:
                _picks[key] = e.Ts;
                Prune(e.Ts);
                return new ShelfInteraction(ShelfInteractionKind.Pick, store, device, lane, sku, e.Ts);
            case ShelfEventKind.Put when _picks.TryGetValue(key, out var picked) && e.Ts >= picked && e.Ts - picked <= window:
                _picks.Remove(key);
                return new ShelfInteraction(ShelfInteractionKind.PickAndPutBack, store, device, lane, sku, e.Ts);
            default:
                return null;
        }
    }

    // Picks never put back would pile up; past the window they can no longer pair.
    private void Prune(DateTimeOffset now)
    {
        if (_picks.Count > PruneAbove)
        {
            foreach (var stale in _picks.Where(p => now - p.Value > window).Select(p => p.Key).ToList())
            {
                _picks.Remove(stale);
            }
        }
    }
}
