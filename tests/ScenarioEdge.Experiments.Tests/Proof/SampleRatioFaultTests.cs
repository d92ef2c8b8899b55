using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using Xunit.Abstractions;
using static ScenarioEdge.Experiments.Tests.Proof.ProofRig;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>
/// Proof with known truth, an injected assignment fault: 10% of the holdout's exposures lost (as when the exposure
/// log drops the holdout's decisions). With 10,000 shoppers a seed (5,000 against about 4,500) the chi-square
/// noncentrality is about 26, so p &lt; 0.001 in about 97% of seeds; the same seeds without the fault are flagged
/// about 0.1% of the time.
/// </summary>
public sealed class SampleRatioFaultTests(ITestOutputHelper output)
{
    private const int Seeds = 60;
    private const int Shoppers = 10_000;

    [Fact]
    public void LostHoldoutExposures_FlaggedAsSampleRatioMismatch_HealthyRunsAreNot()
    {
        int flagged = 0, falseAlarms = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var journeys = Enumerable.Range(0, Shoppers).Select(i => $"{seed}-{i}")
                .Select(u => new Journey { Unit = u, Arm = Assigner.Assign($"proof-{seed}", u, FiftyFifty).Name, Store = "s1", Day = FirstDay, ExposedAt = default })
                .ToList();
            var faulty = journeys.Where(j => j.Arm != ArmNames.Holdout || random.NextDouble() >= 0.10);
            flagged += ReportBuilder.Build(faulty, FiftyFifty, Options).SampleRatioMismatch ? 1 : 0;
            falseAlarms += ReportBuilder.Build(journeys, FiftyFifty, Options).SampleRatioMismatch ? 1 : 0;
        }

        output.WriteLine($"SRM: fault flagged in {flagged} of {Seeds} seeds; healthy runs flagged in {falseAlarms}");
        Assert.True(flagged >= Seeds * 0.9, $"flagged {flagged} of {Seeds}");
        Assert.True(falseAlarms <= 1, $"healthy runs flagged {falseAlarms} of {Seeds}");
    }
}
