using System.Globalization;
using ScenarioEdge.Experiments.Reports;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>One alert per stage whose sample-ratio check failed in a report (computed on the given day).</summary>
public static class SampleRatioRule
{
    public static IReadOnlyList<ExperimentAlert> Evaluate(CampaignReport report, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.SampleRatio.Where(s => s.Mismatch).Select(s => new ExperimentAlert(
            AlertKind.SampleRatioMismatch, report.Campaign, day,
            new Dictionary<string, double>(StringComparer.Ordinal) { ["chiSquare"] = s.ChiSquare, ["p"] = s.P, ["degreesOfFreedom"] = s.DegreesOfFreedom },
            string.Create(CultureInfo.InvariantCulture,
                $"sample-ratio mismatch in {report.Campaign} at {s.Stage}: {string.Join(", ", s.Arms.Zip(s.Observed, (a, n) => $"{a} {n}"))} against shares {string.Join(", ", s.ExpectedShares.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture)))} (p = {s.P:G3})")))];
    }
}
