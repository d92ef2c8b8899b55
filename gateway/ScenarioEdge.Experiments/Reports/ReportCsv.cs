using System.Globalization;
using nietras.SeparatedValues;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// A report as CSV through Sep with RFC 4180 quoting: one <c>funnel</c> row per arm × stage, one
/// <c>comparison</c> row per variant, one <c>sampleRatio</c> row per checked stage, and, when the report has its open
/// windows, <c>attribution</c> rows: role <c>open</c> (purchases this campaign's window was open for), <c>credited</c>
/// (credited to it) and one <c>elsewhere</c> per campaign whose later touch took some, each naming the campaign and
/// counting purchases (not units, hence columns of their own). Every row has every column; a figure that does not
/// apply or is undefined is an empty cell. Numbers are invariant, 10 significant digits.
/// </summary>
public static class ReportCsv
{
    private static readonly string[] Columns =
    [
        "section", "arm", "role", "stage", "units", "exposed", "rate", "rateLow", "rateHigh", "baseline",
        "absoluteLift", "absoluteLow", "absoluteHigh", "relativeLift", "relativeLow", "relativeHigh", "z", "p",
        "adjustedP", "alwaysValidP", "revenueMean", "revenueDifference", "revenueT", "revenueP", "chiSquare", "verdict",
        "campaign", "purchases",
    ];

    public static void Write(TextWriter output, CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output);
        foreach (var arm in report.Arms)
        {
            foreach (var stage in arm.Stages)
            {
                Row(writer, new()
                {
                    ["section"] = "funnel", ["arm"] = arm.Arm, ["role"] = arm.Role, ["stage"] = Name(stage.Stage),
                    ["units"] = Count(stage.Units), ["exposed"] = Count(arm.Exposed), ["rate"] = Number(stage.Rate.Estimate),
                    ["rateLow"] = Number(stage.Rate.Low), ["rateHigh"] = Number(stage.Rate.High), ["revenueMean"] = Number(arm.Revenue.Mean),
                });
            }
        }

        foreach (var c in report.Comparisons)
        {
            Row(writer, new()
            {
                ["section"] = "comparison", ["arm"] = c.Arm, ["role"] = "variant", ["stage"] = Name(report.ConversionStage),
                ["rate"] = Number(c.Conversion.Estimate), ["rateLow"] = Number(c.Conversion.Low), ["rateHigh"] = Number(c.Conversion.High),
                ["baseline"] = c.Baseline, ["absoluteLift"] = Number(c.AbsoluteLift.Estimate), ["absoluteLow"] = Number(c.AbsoluteLift.Low),
                ["absoluteHigh"] = Number(c.AbsoluteLift.High), ["relativeLift"] = Number(c.RelativeLift.Estimate),
                ["relativeLow"] = Number(c.RelativeLift.Low), ["relativeHigh"] = Number(c.RelativeLift.High), ["z"] = Number(c.Z),
                ["p"] = Number(c.P), ["adjustedP"] = Number(c.AdjustedP), ["alwaysValidP"] = Number(c.AlwaysValidP ?? double.NaN),
                ["revenueDifference"] = Number(c.RevenueDifference.Estimate), ["revenueT"] = Number(c.RevenueT),
                ["revenueP"] = Number(c.RevenueP), ["verdict"] = Name(c.Verdict),
            });
        }

        foreach (var s in report.SampleRatio)
        {
            Row(writer, new()
            {
                ["section"] = "sampleRatio", ["arm"] = string.Join(' ', s.Arms), ["stage"] = Name(s.Stage),
                ["units"] = string.Join(' ', s.Observed.Select(Count)), ["chiSquare"] = Number(s.ChiSquare), ["p"] = Number(s.P),
                ["verdict"] = s.Mismatch ? "mismatch" : "ok",
            });
        }

        if (report.Attribution is { } windows)
        {
            Attribution(writer, "open", report.Campaign, windows.Purchases);
            Attribution(writer, "credited", report.Campaign, windows.Credited);
            foreach (var other in windows.Elsewhere)
            {
                Attribution(writer, "elsewhere", other.Campaign, other.Purchases);
            }
        }
    }

    private static void Attribution(SepWriter writer, string role, string campaign, long purchases) => Row(writer, new()
    {
        ["section"] = "attribution", ["role"] = role, ["stage"] = "purchased", ["campaign"] = campaign, ["purchases"] = Count(purchases),
    });

    public static string Write(CampaignReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, report);
        return text.ToString();
    }

    private static void Row(SepWriter writer, Dictionary<string, string> cells)
    {
        using var row = writer.NewRow();
        foreach (var column in Columns)
        {
            row[column].Set(cells.GetValueOrDefault(column, ""));
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G10", CultureInfo.InvariantCulture) : "";

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicyCamel(value.ToString());

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
