using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Dwelling: the default threshold of a zone and how a shelf event is attributed to a shopper (docs/scenes.md, "Dwell").
/// Keys stay flat in section <c>Scenes</c> (<c>Scenes:DefaultDwell</c>); the ranges are declared here beside the defaults,
/// checked by whoever binds them (the gateway at start, the simulator's <c>--set</c>).
/// </summary>
public sealed record DwellOptions
{
    /// <summary>Dwell threshold for zones that do not set their own.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DefaultDwell { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// With several shoppers in a shelf's zone, a shelf event goes to the one the shelf's own scanner hears at least
    /// this much (dB, smoothed) stronger than everyone else there; otherwise to nobody.
    /// </summary>
    [Range(0, 30)]
    public double ShelfAttributionMarginDb { get; set; } = 4;
}
