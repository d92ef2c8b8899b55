using System.Collections.Concurrent;
using System.Globalization;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Scenarios;
using ScenarioEdge.Simulation.Shelves;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Judges a scenario's expectations against what the virtual apps and displays received and what the gateway's
/// decision log says (<see cref="Decisions"/>, read by the runner). Times count from each expectation's anchor.
/// </summary>
internal sealed class ExpectationChecker(Scenario scenario, ConcurrentQueue<ReceivedPush> pushes, ConcurrentQueue<ReceivedDisplayContent> displays)
{
    /// <summary>The decision log of each scenario shopper named by a decision expectation, as last read.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<DecisionRow>> Decisions { get; } = new(StringComparer.Ordinal);

    /// <summary>The points balance of each scenario shopper named by a points expectation, as last read.</summary>
    public ConcurrentDictionary<string, long> Points { get; } = new(StringComparer.Ordinal);

    /// <summary>The till's answer to each redeem step of the checkout.</summary>
    public IReadOnlyDictionary<int, RedemptionResult> Answers { get; set; } = new Dictionary<int, RedemptionResult>();

    /// <summary>Whether some expectation is judged on what the gateway's API says (the decision log, a points balance).</summary>
    public bool HasDecisions => scenario.Expect.Any(ReadsGateway);

    public IEnumerable<string> DecisionShoppers => scenario.Expect.Where(e => e.Decision is not null).Select(e => e.To).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the expectations on the gateway's API (<paramref name="decisions"/>) or all the others hold so far.</summary>
    public bool HoldSoFar(bool decisions) => Check(final: false).Where((_, i) => ReadsGateway(scenario.Expect[i]) == decisions).All(e => e.Passed);

    private static bool ReadsGateway(ExpectationSpec e) => e.Decision is not null || e.Points is not null;

    public List<ExpectationOutcome> Check(bool final)
    {
        var outcomes = new List<ExpectationOutcome>(scenario.Expect.Count);
        foreach (var expect in scenario.Expect)
        {
            outcomes.Add(expect.Decision is not null ? CheckDecision(expect)
                : expect.Answer is not null ? CheckAnswer(expect)
                : expect.Points is not null ? CheckPoints(expect)
                : expect.Display is not null ? CheckDisplay(expect, final)
                : CheckPush(expect, final));
        }

        return outcomes;
    }

    private ExpectationOutcome CheckPush(ExpectationSpec expect, bool final)
    {
        var received = pushes.Where(p => p.Shopper == expect.To && p.Push.Campaign == expect.Push).ToList();
        if (expect.Never || expect.Count is not null)
        {
            var wanted = expect.Count ?? 0;
            var detail = received.Count == 0 ? "none received"
                : string.Create(CultureInfo.InvariantCulture, $"{received.Count} received, the first at {received[0].AtScenarioSeconds:0.0} s");
            return new ExpectationOutcome(expect.ToString(), received.Count == wanted && final, detail);
        }

        if (Anchor(expect) is not { } anchor)
        {
            return new ExpectationOutcome(expect.ToString(), false, "the shopper never enters the store in this scenario");
        }

        var first = received.FirstOrDefault(p => p.AtScenarioSeconds >= anchor - 1);
        var passed = first is not null && first.AtScenarioSeconds - anchor <= expect.WithinS;
        var what = expect.AfterStep is { } step ? $"step {step}" : expect.After is not null ? "the alert" : "entering";
        return new ExpectationOutcome(expect.ToString(), passed, first is null
            ? "no push received"
            : string.Create(CultureInfo.InvariantCulture, $"received {first.AtScenarioSeconds - anchor:0.0} s after {what}"));
    }

    private ExpectationOutcome CheckDisplay(ExpectationSpec expect, bool final)
    {
        var shown = displays.Where(d => d.Display == expect.Display && Shows(d.Content, expect.Shows!)).ToList();
        if (expect.Never)
        {
            return new ExpectationOutcome(expect.ToString(), shown.Count == 0 && final, shown.Count == 0 ? "never shown" : $"shown at {shown[0].AtScenarioSeconds:0.0} s");
        }

        var anchor = Anchor(expect) ?? 0;
        var hit = shown.FirstOrDefault(d => d.AtScenarioSeconds >= anchor);
        var passed = hit is not null && hit.AtScenarioSeconds - anchor <= expect.WithinS;
        var what = expect.AfterStep is { } step ? $"step {step}" : "the first shelf action";
        var detail = hit is null
            ? (displays.LastOrDefault(d => d.Display == expect.Display) is { } last ? $"showed '{last.Content.Title}' instead" : "no content received")
            : string.Create(CultureInfo.InvariantCulture, $"shown {hit.AtScenarioSeconds - anchor:0.0} s after {what}");
        return new ExpectationOutcome(expect.ToString(), passed, detail);
    }

    private ExpectationOutcome CheckAnswer(ExpectationSpec expect)
    {
        if (!Answers.TryGetValue(expect.Step!.Value, out var answer))
        {
            return new ExpectationOutcome(expect.ToString(), false, "no answer from the gateway");
        }

        var said = answer.Reason.Length == 0 ? "redeemed" : answer.Reason;
        return new ExpectationOutcome(expect.ToString(), said == expect.Answer, $"answered {said} ({answer.Status}){(answer.Detail is null ? "" : ": " + answer.Detail)}");
    }

    private ExpectationOutcome CheckPoints(ExpectationSpec expect) =>
        Points.TryGetValue(expect.To, out var balance)
            ? new ExpectationOutcome(expect.ToString(), balance == expect.Points, $"balance {balance}")
            : new ExpectationOutcome(expect.ToString(), false, "balance not read");

    private ExpectationOutcome CheckDecision(ExpectationSpec expect)
    {
        var rows = Decisions.GetValueOrDefault(expect.To) ?? [];
        var ofCampaign = rows.Where(r => r.Campaign == expect.Push).ToList();
        var hit = ofCampaign.FirstOrDefault(r => r.Outcome == expect.Decision
            && (expect.Reason is null || r.Reason == expect.Reason)
            && (expect.Rule is null || (r.Detail?.Contains(expect.Rule, StringComparison.Ordinal) ?? false)));
        var detail = hit is not null ? $"{hit.Outcome} {hit.Reason} {hit.Detail}".Trim()
            : ofCampaign.Count == 0 ? "no decision of this campaign for the shopper"
            : "decided " + string.Join("; ", ofCampaign.Select(r => $"{r.Outcome} {r.Reason} {r.Detail}".Trim()));
        return new ExpectationOutcome(expect.ToString(), hit is not null, detail);
    }

    // Scenario seconds an expectation's time counts from.
    private double? Anchor(ExpectationSpec expect)
    {
        if (expect.AfterStep is { } step)
        {
            return scenario.Shoppers.First(s => s.Id == expect.To).Journey[step].At;
        }

        if (expect.After is not null)
        {
            return scenario.Alerts.Min(a => a.At);
        }

        return expect.Display is not null
            ? ShelfPlan.Resolve(scenario).Actions.FirstOrDefault(a => a.Kind != ShelfActionKind.Knock)?.At ?? 0
            : JourneyPosition.FirstEntry(scenario.Shoppers.First(s => s.Id == expect.To));
    }

    private static bool Shows(DisplayContent content, string text) =>
        content.Title.Contains(text, StringComparison.Ordinal) || (content.Promotion?.Contains(text, StringComparison.Ordinal) ?? false);
}
