using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// Builds a <see cref="CampaignReport"/> from a campaign's journeys and its arms' weights alone: the funnel per arm,
/// each variant against the holdout (or the global control when the campaign has none), the sample-ratio checks at
/// the stages where the weights must hold, and the funnel per store and per day.
/// </summary>
public static class ReportBuilder
{
    public static CampaignReport Build(IEnumerable<Journey> journeys, IReadOnlyList<Arm> arms, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(options);
        ReportValidation.Check(arms, options);
        var (included, duplicates) = Distinct(journeys.Where(options.Includes));
        var layout = ArmLayout.Of(arms, included);
        var total = Tally(included, _ => 0).GetValueOrDefault(0) ?? new Dictionary<string, ArmTally>(StringComparer.Ordinal);
        var confidence = 1 - options.Alpha;
        var notes = new List<string>();
        var randomisation = Randomisation(included);
        if (randomisation != "shopper")
        {
            notes.Add("display experiments are randomised and analysed by display × time slot: each unit is a display in one time slot, not a shopper");
        }

        var (baseline, baselineNote) = layout.Baseline(total);
        if (baselineNote is not null)
        {
            notes.Add(baselineNote);
        }

        if (duplicates > 0)
        {
            notes.Add($"{duplicates} journeys repeated a unit already counted and were ignored (the first exposure counts)");
        }

        notes.AddRange(layout.Unknown.Select(a => $"arm '{a}' is no longer in the campaign: shown, not compared or checked for sample ratio"));
        return new CampaignReport
        {
            Campaign = options.Campaign,
            From = options.From,
            To = options.To,
            Store = options.Store,
            ConversionStage = options.ConversionStage,
            AttributionRule = options.AttributionRule,
            Randomisation = randomisation,
            Baseline = baseline?.Role ?? "none",
            Alpha = options.Alpha,
            MinimumPerArm = options.MinimumPerArm,
            Exposures = included.Count,
            Arms = Funnels(total, layout, options.ConversionStage, confidence),
            Comparisons = baseline is null ? [] : ReportLift.Rows(included, total, layout, baseline, options),
            SampleRatio = ReportSampleRatio.Checks(total, layout, options.GlobalControlShare),
            ByStore = Slices(included, j => j.Store, k => k, layout, options),
            ByDay = Slices(included, j => j.Day, k => k.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), layout, options),
            Notes = notes,
        };
    }

    /// <summary>
    /// One journey per unit, the earliest exposure: the gateway keeps one per (campaign, unit) already, so a repeat
    /// here is a replay or a merge fault, and counting it twice would inflate an arm and fake a sample-ratio mismatch.
    /// </summary>
    private static (List<Journey> Journeys, int Duplicates) Distinct(IEnumerable<Journey> journeys)
    {
        var first = new Dictionary<string, Journey>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var journey in journeys)
        {
            if (!first.TryAdd(journey.Unit, journey))
            {
                duplicates++;
                if (journey.ExposedAt < first[journey.Unit].ExposedAt)
                {
                    first[journey.Unit] = journey;
                }
            }
        }

        return ([.. first.Values], duplicates);
    }

    private static Dictionary<TKey, Dictionary<string, ArmTally>> Tally<TKey>(List<Journey> journeys, Func<Journey, TKey> key)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, Dictionary<string, ArmTally>>();
        foreach (var journey in journeys)
        {
            var k = key(journey);
            if (!result.TryGetValue(k, out var byArm))
            {
                result[k] = byArm = new Dictionary<string, ArmTally>(StringComparer.Ordinal);
            }

            if (!byArm.TryGetValue(journey.Arm, out var tally))
            {
                byArm[journey.Arm] = tally = new ArmTally();
            }

            tally.Add(journey);
        }

        return result;
    }

    private static ArmFunnel[] Funnels(Dictionary<string, ArmTally> tallies, ArmLayout layout, FunnelStage conversion, double confidence) =>
        [.. layout.All.Select(a => (tallies.GetValueOrDefault(a.Name) ?? new ArmTally()).Funnel(a.Name, a.Role, a.Weight, conversion, confidence))];

    private static ReportSlice[] Slices<TKey>(List<Journey> journeys, Func<Journey, TKey> key, Func<TKey, string> name, ArmLayout layout, ReportOptions options)
        where TKey : notnull =>
        [.. Tally(journeys, key).Select(kv => (Key: name(kv.Key), kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ReportSlice(kv.Key, Funnels(kv.Value, layout, options.ConversionStage, 1 - options.Alpha)))];

    private static string Randomisation(List<Journey> journeys)
    {
        var displays = journeys.Count(j => j.Unit.StartsWith("display:", StringComparison.Ordinal));
        return displays == 0 ? "shopper" : displays == journeys.Count ? "displayTimeSlot" : "mixed";
    }
}
