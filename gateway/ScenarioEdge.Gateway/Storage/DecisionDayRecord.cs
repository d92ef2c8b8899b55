using System.Globalization;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// Campaign decisions of one day counted per campaign, store and outcome (LiteDB collection <c>decisiondays</c>): no
/// shopper id. Decisions are folded in here after the retention period, and decisions about shoppers who had not
/// given the offers consent are counted here only.
/// </summary>
public sealed class DecisionDayRecord
{
    public string Id { get; set; } = "";

    public string Campaign { get; set; } = "";

    public string Store { get; set; } = "";

    public DateTime Day { get; set; }

    /// <summary>Outcome and reason, e.g. sent, suppressed_cap.</summary>
    public string Outcome { get; set; } = "";

    public long Count { get; set; }

    public static string KeyOf(string campaign, string store, DateTime day, string outcome) =>
        string.Create(CultureInfo.InvariantCulture, $"{campaign}/{store}/{day:yyyy-MM-dd}/{outcome}");
}
