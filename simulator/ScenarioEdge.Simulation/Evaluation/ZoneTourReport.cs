using System.Globalization;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>Zone figures of a <see cref="ZoneTour"/>: rates per hour of presence, delays in seconds.</summary>
public sealed class ZoneTourReport
{
    public int Visits { get; set; }

    public int Zones { get; set; }

    public int PresentSeconds { get; set; }

    public int CorrectZoneSeconds { get; set; }

    public int MissedEntries { get; set; }

    public int FalseExits { get; set; }

    public int TrueZoneChanges { get; set; }

    public int PredictedZoneChanges { get; set; }

    public List<double> EntryDelays { get; } = [];

    public List<double> ExitDelays { get; } = [];

    public List<double> ZoneDelays { get; } = [];

    public List<double> DwellDelays { get; } = [];

    public double Hours => PresentSeconds / 3600.0;

    public double ZoneAccuracy => PresentSeconds == 0 ? 0 : (double)CorrectZoneSeconds / PresentSeconds;

    public double FalseExitsPerHour => Hours == 0 ? 0 : FalseExits / Hours;

    public double ExtraZoneChangesPerHour => Hours == 0 ? 0 : Math.Max(0, PredictedZoneChanges - TrueZoneChanges) / Hours;

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        {Visits} visits, {Hours:0.00} h in the store, {Zones} zones
        zone accuracy (in store, right zone) {ZoneAccuracy:P1}
        missed entries {MissedEntries} of {Visits}; false exits {FalseExits} ({FalseExitsPerHour:0.00}/h)
        zone changes: predicted {PredictedZoneChanges}, true {TrueZoneChanges} (extra {ExtraZoneChangesPerHour:0.00}/h)
        delay s (median / max): entry {Median(EntryDelays):0.0} / {Max(EntryDelays):0.0}, zone {Median(ZoneDelays):0.0} / {Max(ZoneDelays):0.0}, dwell {Median(DwellDelays):0.0} / {Max(DwellDelays):0.0}, exit {Median(ExitDelays):0.0} / {Max(ExitDelays):0.0}
        """);

    public string ToJson() => string.Create(CultureInfo.InvariantCulture,
        $$"""{"visits":{{Visits}},"zones":{{Zones}},"hours":{{Hours:0.###}},"zoneAccuracy":{{ZoneAccuracy:0.####}},"missedEntries":{{MissedEntries}},"falseExitsPerHour":{{FalseExitsPerHour:0.###}},"predictedZoneChanges":{{PredictedZoneChanges}},"trueZoneChanges":{{TrueZoneChanges}},"entryDelayS":{{Median(EntryDelays):0.#}},"zoneDelayS":{{Median(ZoneDelays):0.#}},"dwellDelayS":{{Median(DwellDelays):0.#}},"exitDelayS":{{Median(ExitDelays):0.#}}}""");

    private static double Median(List<double> v) => v.Count == 0 ? double.NaN : v.Order().ElementAt(v.Count / 2);

    private static double Max(List<double> v) => v.Count == 0 ? double.NaN : v.Max();
}
