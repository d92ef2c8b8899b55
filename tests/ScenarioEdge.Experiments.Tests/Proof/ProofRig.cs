using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Simulation.Responses;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>
/// Draws a campaign's shoppers for the proof with known truth: each is assigned with the real <see cref="Assigner"/>,
/// draws a context from the mix and a response from the simulator's <see cref="ResponseModel"/> (sent only in the
/// arms <c>sends</c> names), and becomes a <see cref="Journey"/> as the gateway would record it. It bypasses MQTT
/// and the gateway's exposure log on purpose: thousands of seeds must run in seconds.
/// </summary>
internal sealed record ProofRig(ResponseModel Model, ContextMix Mix, IReadOnlyList<Arm> Arms, Func<string, bool> Sends)
{
    public static readonly DateOnly FirstDay = new(2026, 5, 4);

    /// <summary>Contexts from two scenes and one coupon value: 30% at the shelf (fit 0.9), 50% in the aisle, 20% passing.</summary>
    public static readonly ContextMix StoreMix = new([(0.3, new OfferContext(0.9, 20)), (0.5, new OfferContext(0.5, 20)), (0.2, new OfferContext(0.1, 20))]);

    public static readonly IReadOnlyList<Arm> FiftyFifty = [new("a", 0.5), new(ArmNames.Holdout, 0.5, Holdout: true)];

    /// <summary>The report as the proof reads it: fixed horizon (one look), default minimum sample.</summary>
    public static readonly ScenarioEdge.Experiments.Reports.ReportOptions Options = new() { Campaign = "proof", Sequential = false };

    /// <summary>Three binomial standard deviations of a rate <paramref name="p"/> estimated over <paramref name="seeds"/> runs.</summary>
    public static double ThreeSd(double p, int seeds) => 3 * Math.Sqrt(p * (1 - p) / seeds);

    public IEnumerable<Journey> Day(int seed, Random random, int shoppers, DateOnly day, ResponseModel? model = null)
    {
        var salt = $"proof-{seed}";
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        for (var i = 0; i < shoppers; i++)
        {
            var unit = $"{day.DayNumber}-{i}";
            var arm = Assigner.Assign(salt, unit, Arms).Name;
            var context = Mix.Draw(random);
            var r = (model ?? Model).Respond(context, Sends(arm), random);
            var t = start.AddSeconds(i);
            yield return new Journey
            {
                Unit = unit, Arm = arm, Store = "s1", Day = day, ExposedAt = t, Outcome = r.Sent ? "sent" : arm,
                Channel = r.Sent ? "appPush" : null, SentAt = r.Sent ? t : null, DeliveredAt = r.Delivered ? t.AddSeconds(1) : null,
                OpenedAt = r.Opened ? t.AddMinutes(1) : null, ClickedAt = r.Clicked ? t.AddMinutes(2) : null,
                RedeemedAt = r.Redeemed ? t.AddMinutes(20) : null, PurchasedAt = r.Purchased ? t.AddMinutes(20) : null, Revenue = r.Revenue,
            };
        }
    }
}
