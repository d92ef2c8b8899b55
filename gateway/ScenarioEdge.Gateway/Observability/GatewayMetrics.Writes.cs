namespace ScenarioEdge.Gateway.Observability;

/// <summary>How long the batched LiteDB writes take: the figure that tells whether writes keep up (docs/benchmarks.md).</summary>
public sealed partial class GatewayMetrics
{
    private static readonly double[] WriteBounds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    /// <summary>One batched write of the campaign runtime: decisions, limits and deferrals together.</summary>
    public Histogram CampaignWrites { get; }

    /// <summary>One batched write of the push ledger: the pushes of a delivery batch, recorded before they are published.</summary>
    public Histogram PushWrites { get; }

    private static (Histogram Campaign, Histogram Push) WriteMetrics(GatewayInstruments i) =>
        (new(i, "se_campaign_write_seconds", "Seconds one batched write of campaign decisions, limits and deferrals took.", WriteBounds),
         new(i, "se_push_write_seconds", "Seconds one batched write of recorded pushes took.", WriteBounds));
}
