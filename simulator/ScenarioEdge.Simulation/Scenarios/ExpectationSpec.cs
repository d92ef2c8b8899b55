using System.Globalization;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// What must happen. A push: shopper <see cref="To"/> gets a push of campaign <see cref="Push"/> within
/// <see cref="WithinS"/> scenario seconds of the anchor (entering the store; or <see cref="AfterStep"/>, the start of
/// that step of the shopper's journey; or <see cref="After"/> <c>alert</c>, the first alert posted), or with
/// <see cref="Never"/> none during the run, or with <see cref="Count"/> exactly that many. A display: display
/// <see cref="Display"/> gets content whose title or promotion contains <see cref="Shows"/> within
/// <see cref="WithinS"/> of the anchor (the first shelf action by default). A decision: with <see cref="Decision"/>,
/// the gateway's decision log (<c>GET /api/shoppers/{shopper}/decisions</c>) holds a decision of campaign
/// <see cref="Push"/> for the shopper with that outcome, and <see cref="Reason"/> and <see cref="Rule"/> when given.
/// A till's answer: with <see cref="Answer"/>, the redeem step <see cref="Step"/> of the checkout was answered so
/// (<c>redeemed</c> or the refusal's reason). Points: with <see cref="Points"/>, the balance shopper <see cref="To"/>'s
/// app reads (<c>GET /api/app/points</c>) at the end of the run.
/// </summary>
public sealed class ExpectationSpec
{
    public string Push { get; set; } = "";

    public string? Display { get; set; }

    public string? Shows { get; set; }

    public string To { get; set; } = "";

    public double WithinS { get; set; } = 10;

    public bool Never { get; set; }

    /// <summary>Index of the step of <see cref="To"/>'s journey the time counts from.</summary>
    public int? AfterStep { get; set; }

    /// <summary><c>alert</c>: the time counts from the first alert the scenario posts.</summary>
    public string? After { get; set; }

    /// <summary>Exactly this many pushes of the campaign to the shopper during the run.</summary>
    public int? Count { get; set; }

    /// <summary>A decision outcome of the gateway's log: sent, suppressed, deferred or dropped.</summary>
    public string? Decision { get; set; }

    /// <summary>The decision's reason as the log writes it (cap, quietHours, lostArbitration, contextEnded, …).</summary>
    public string? Reason { get; set; }

    /// <summary>Text the decision's detail contains: the cap rule that bit, the winner, the context that ended.</summary>
    public string? Rule { get; set; }

    /// <summary>redeemed, or the reason a till's redemption was refused (already_redeemed, key_reused, unknown, …).</summary>
    public string? Answer { get; set; }

    /// <summary>Index of the checkout step whose answer <see cref="Answer"/> judges.</summary>
    public int? Step { get; set; }

    /// <summary>The points balance of <see cref="To"/> at the end of the run.</summary>
    public int? Points { get; set; }

    public override string ToString()
    {
        if (Answer is not null)
        {
            return $"checkout step {Step} answered {Answer}";
        }

        if (Points is { } points)
        {
            return $"{To} holds {points} points";
        }

        var anchor = AfterStep is { } step ? $"step {step}" : After is not null ? "the alert" : null;
        if (Decision is not null)
        {
            var why = (Reason is null ? "" : $" ({Reason}{(Rule is null ? "" : $": {Rule}")})");
            return $"'{Push}' for {To} decided {Decision}{why}";
        }

        if (Display is not null)
        {
            return Never ? $"display {Display} never shows '{Shows}'"
                : string.Create(CultureInfo.InvariantCulture, $"display {Display} shows '{Shows}' within {WithinS:0.#} s of {anchor ?? "the first shelf action"}");
        }

        return Never ? $"no '{Push}' push to {To}"
            : Count is { } n ? $"{n} '{Push}' push{(n == 1 ? "" : "es")} to {To}"
            : string.Create(CultureInfo.InvariantCulture, $"'{Push}' push to {To} within {WithinS:0.#} s of {anchor ?? "entering"}");
    }
}
