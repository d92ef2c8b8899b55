using System.Globalization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// A shelf event (pick, put, presence) on its way through the scene partitions: somebody is at this shelf now, but
/// the event does not say who. Every partition reports how many of its in-store shoppers stand in the shelf's zone
/// and which of them the shelf's own scanner hears best; the last report decides. Only a decision over all
/// partitions can tell one shopper in the zone from one per partition. Rare (a few per shelf and minute), so a lock.
/// </summary>
public sealed class ShelfTouch(string store, string zone, string shelf, ShelfEvent shelfEvent, long arrival, int partitions)
{
    private readonly Lock _lock = new();
    private int _pending = partitions;
    private int _count;
    private string? _best;
    private double _bestRssi = double.NegativeInfinity;
    private double _secondRssi = double.NegativeInfinity;

    public string Store => store;

    public string Zone => zone;

    /// <summary>The shelf device.</summary>
    public string Shelf => shelf;

    public long AtTicks => shelfEvent.Ts.UtcTicks;

    public long Arrival => arrival;

    /// <summary>Why the event was, or was not, attributed; set by <see cref="Decide"/>.</summary>
    public string Why { get; private set; } = "";

    /// <summary>
    /// One partition's shoppers in the zone: how many, and the one the shelf's scanner hears strongest (smoothed dBm,
    /// −∞ when it does not hear them) with the runner-up's level. True for the last partition to report.
    /// </summary>
    public bool Report(int count, string? nearest, double nearestRssi, double secondRssi)
    {
        lock (_lock)
        {
            _count += count;
            if (nearest is not null)
            {
                if (_best is null || nearestRssi > _bestRssi)
                {
                    _secondRssi = Math.Max(_secondRssi, Math.Max(_bestRssi, secondRssi));
                    (_best, _bestRssi) = (nearest, nearestRssi);
                }
                else
                {
                    _secondRssi = Math.Max(_secondRssi, nearestRssi);
                }
            }

            return --_pending == 0;
        }
    }

    /// <summary>
    /// After the last report: the shopper the event is attributed to — the only one in the zone, or the one the
    /// shelf's scanner hears at least <paramref name="marginDb"/> stronger than anyone else there — or null.
    /// </summary>
    public string? Decide(double marginDb)
    {
        lock (_lock)
        {
            var lead = _bestRssi - _secondRssi;
            (var shopper, Why) = _count switch
            {
                0 => ((string?)null, F($"nobody known in zone {zone}")),
                1 => (_best, F($"the only shopper in zone {zone}")),
                _ when !double.IsNegativeInfinity(_bestRssi) && lead >= marginDb => (_best, double.IsPositiveInfinity(lead)
                    ? F($"the only one of {_count} shoppers in zone {zone} that shelf {shelf}'s scanner hears ({_bestRssi:0} dBm)")
                    : F($"nearest of {_count} shoppers in zone {zone}: shelf {shelf}'s scanner hears them {lead:0.#} dB stronger ({_bestRssi:0} dBm)")),
                _ => (null, F($"{_count} shoppers in zone {zone} and none clearly nearest shelf {shelf}, so nobody")),
            };
            return shopper;
        }
    }

    /// <summary>What happened at the shelf, for the reasons of the dwell it starts.</summary>
    public string Action => shelfEvent.Kind switch
    {
        ShelfEventKind.Pick => F($"picked up {Items(shelfEvent.Count)}{Sku} at shelf {shelf}"),
        ShelfEventKind.Put => F($"put {Items(shelfEvent.Count)} back{Sku} at shelf {shelf}"),
        _ => F($"presence sensor {shelfEvent.Sensor} of shelf {shelf} detected someone"),
    };

    /// <summary>A hand on the goods is stronger evidence than a presence sensor, which sees anyone passing.</summary>
    public double Confidence => shelfEvent.Kind is ShelfEventKind.Pick or ShelfEventKind.Put ? 0.9 : 0.75;

    /// <summary>Shelf events that say somebody is at the shelf now: a hand on a lane, a presence sensor turning on.</summary>
    public static bool IsEvidence(ShelfEventKind kind) => kind is ShelfEventKind.Pick or ShelfEventKind.Put or ShelfEventKind.PresenceOn;

    private string Sku => shelfEvent.Sku is null ? "" : $" ({shelfEvent.Sku})";

    private static string Items(int? count) => count is null or 1 ? "an item" : F($"{count} items");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
