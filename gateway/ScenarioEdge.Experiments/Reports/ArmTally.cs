using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>Running counts of one arm (in one slice): units per stage and revenue per unit.</summary>
internal sealed class ArmTally
{
    public static readonly FunnelStage[] Stages = Enum.GetValues<FunnelStage>();

    private readonly long[] units = new long[Stages.Length];

    public Moments Revenue { get; private set; }

    public double RevenueTotal { get; private set; }

    public long Exposed => units[(int)FunnelStage.Exposed];

    public long this[FunnelStage stage] => units[(int)stage];

    public void Add(Journey journey)
    {
        foreach (var stage in Stages)
        {
            if (journey.At(stage) is not null)
            {
                units[(int)stage]++;
            }
        }

        // Revenue is per exposed unit with zeros, so the mean is revenue per unit exposed, not per buyer.
        var revenue = double.IsFinite(journey.Revenue) ? journey.Revenue : 0;
        Revenue = Revenue.Add(revenue);
        RevenueTotal += revenue;
    }

    public ArmCounts Counts(string arm, FunnelStage conversion) => new(arm, Exposed, this[conversion], Revenue);

    public ArmFunnel Funnel(string arm, string role, double? weight, FunnelStage conversion, double confidence)
    {
        var stages = Stages.Select(s => new StageCount(s, this[s], Wilson.Of(this[s], Exposed, confidence))).ToArray();
        var sd = Revenue.Count > 1 ? Math.Sqrt(Revenue.Variance) : double.NaN;
        return new ArmFunnel(arm, role, weight, Exposed, stages, stages[(int)conversion], new RevenueSummary(Revenue.Count, RevenueTotal, Revenue.Count > 0 ? Revenue.Mean : double.NaN, sd));
    }
}
