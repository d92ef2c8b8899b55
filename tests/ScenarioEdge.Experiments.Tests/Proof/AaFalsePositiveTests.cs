using ScenarioEdge.Simulation.Responses;
using Xunit.Abstractions;
using static ScenarioEdge.Experiments.Tests.Proof.ProofRig;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>
/// Proof with known truth, A/A: the variant is assigned and measured like the holdout but sent nothing, so there is
/// no effect, and the report's p must fall below 0.05 in about 5% of seeds (±3.3 points: three binomial standard
/// deviations over 400 seeds).
/// </summary>
public sealed class AaFalsePositiveTests(ITestOutputHelper output)
{
    private const int Seeds = 400;
    private const int Shoppers = 1000;

    [Fact]
    public void AaCampaign_OverManySeeds_PBelow5PercentInAbout5PercentOfSeeds()
    {
        var rig = new ProofRig(new ResponseModel(), StoreMix, FiftyFifty, _ => false);
        var significant = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var row = Assert.Single(ScenarioEdge.Experiments.Reports.ReportBuilder.Build(rig.Day(seed, new Random(seed), Shoppers, FirstDay), FiftyFifty, Options).Comparisons);
            significant += row.P < 0.05 ? 1 : 0;
        }

        var rate = (double)significant / Seeds;
        output.WriteLine($"A/A: p < 0.05 in {rate:P2} of {Seeds} seeds of {Shoppers} shoppers");
        Assert.InRange(rate, 0.05 - ThreeSd(0.05, Seeds), 0.05 + ThreeSd(0.05, Seeds));
    }
}
