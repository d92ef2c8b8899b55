using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Simulation.Responses;
using Xunit.Abstractions;
using static ScenarioEdge.Experiments.Tests.Proof.ProofRig;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>
/// Proof with known truth, the three-day drop alert: 28 days of 500 exposed shoppers a day, conversion drawn from
/// the response model; in the scripted decline the coupon is withdrawn from day 21 on (15.8% → 9.5%). The daily
/// counts are taken straight from the responses: the rule reads daily counts, not journeys, and millions of
/// journeys would not run in seconds.
/// </summary>
public sealed class DropAlertTests(ITestOutputHelper output)
{
    private const int Seeds = 120;
    private const int Days = 28;
    private const int PerDay = 500;
    private const int DeclineFrom = 21;

    [Fact]
    public void ThreeDayDropAlert_FiresOnAScriptedDecline_RarelyOnNoise()
    {
        var model = new ResponseModel();
        var noCoupon = model with { RedeemPerPercent = 0 };
        var rule = new ConversionDropRule();
        int fired = 0, onTime = 0, falseAlarms = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var (steady, decline) = (new Random(seed), new Random(seed));
            falseAlarms += rule.Evaluate("proof", Series(steady, _ => model)).Count > 0 ? 1 : 0;
            var alerts = rule.Evaluate("proof", Series(decline, d => d >= DeclineFrom ? noCoupon : model));
            fired += alerts.Count > 0 ? 1 : 0;
            onTime += alerts.Any(a => a.Day == FirstDay.AddDays(DeclineFrom + 2)) ? 1 : 0;
        }

        output.WriteLine($"drop alert: {model.ConversionChance(StoreMix, true):P2} → {noCoupon.ConversionChance(StoreMix, true):P2}; fired in {fired} of {Seeds} declines ({onTime} on the decline's third day); false alarms in {falseAlarms} of {Seeds} steady runs of {Days} days");
        Assert.True(fired >= Seeds * 0.95, $"fired in {fired} of {Seeds}");
        Assert.True(onTime >= Seeds * 0.85, $"on the third day in {onTime} of {Seeds}");
        Assert.True(falseAlarms <= Seeds * 0.02, $"false alarms in {falseAlarms} of {Seeds}");
    }

    private static DailyCount[] Series(Random random, Func<int, ResponseModel> model) =>
        [.. Enumerable.Range(0, Days).Select(d => new DailyCount(FirstDay.AddDays(d), PerDay,
            Enumerable.Range(0, PerDay).Count(_ => model(d).Respond(StoreMix.Draw(random), true, random).Purchased)))];
}
