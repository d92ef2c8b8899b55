namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// The purchases of the report's range for which this campaign's attribution window was open, and where each was
/// credited: to this campaign (it was the last touch) or to another campaign whose touch came later. Several
/// campaigns may claim one purchase; only the last touch is credited, and this section shows the rest.
/// </summary>
public sealed record OpenWindows(long Purchases, long Credited, IReadOnlyList<CreditedElsewhere> Elsewhere);

/// <summary>Purchases this campaign had a window open for, credited to <paramref name="Campaign"/> instead.</summary>
public sealed record CreditedElsewhere(string Campaign, long Purchases);
