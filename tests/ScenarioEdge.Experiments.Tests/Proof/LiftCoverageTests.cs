using ScenarioEdge.Simulation.Responses;
using Xunit.Abstractions;
using static ScenarioEdge.Experiments.Tests.Proof.ProofRig;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>
/// Proof with known truth, coverage: the simulator's response model fixes the true lift of sending, shoppers are
/// assigned with the real Assigner, and the real report's 95% interval of the absolute lift must cover that lift in
/// about 95% of seeds. Tolerance: three binomial standard deviations over 400 seeds (±3.3 points), so a correct
/// interval fails a run about 1 time in 370 while one that covers 90% or 99% fails almost always.
/// </summary>
public sealed class LiftCoverageTests(ITestOutputHelper output)
{
    private const int Seeds = 400;
    private const int Shoppers = 1000;

    [Fact]
    public void AbsoluteLiftInterval_OverManySeeds_CoversTheTrueLiftAbout95Percent()
    {
        var model = new ResponseModel();
        var rig = new ProofRig(model, StoreMix, FiftyFifty, arm => arm == "a");
        var truth = model.ConversionChance(StoreMix, sent: true) - model.ConversionChance(StoreMix, sent: false);
        var covered = 0;
        var estimates = 0.0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var report = ScenarioEdge.Experiments.Reports.ReportBuilder.Build(rig.Day(seed, new Random(seed), Shoppers, FirstDay), FiftyFifty, Options);
            var lift = Assert.Single(report.Comparisons).AbsoluteLift;
            covered += lift.Excludes(truth) ? 0 : 1;
            estimates += lift.Estimate;
        }

        var coverage = (double)covered / Seeds;
        output.WriteLine($"true lift {truth:F4}, mean estimate {estimates / Seeds:F4}, coverage {coverage:P2} over {Seeds} seeds of {Shoppers} shoppers");
        Assert.InRange(estimates / Seeds, truth - 0.005, truth + 0.005);
        Assert.InRange(coverage, 0.95 - ThreeSd(0.95, Seeds), 0.95 + ThreeSd(0.95, Seeds));
    }
}
