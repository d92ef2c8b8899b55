using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// <c>se_campaign_reevaluations_total{result}</c>: second looks at a scene's triggers on late live facts —
/// <c>decided</c> (campaigns newly matched and went to the runtime), <c>nothing_new</c> (matched nothing not decided
/// already: no record), <c>rate_limited</c> (within <see cref="CampaignOptions.ReevaluationInterval"/> of the last).
/// </summary>
public static class ReevaluationMetrics
{
    public const int Decided = 0;
    public const int NothingNew = 1;
    public const int RateLimited = 2;

    private static readonly string[] Results = ["decided", "nothing_new", "rate_limited"];

    extension(GatewayMetrics metrics)
    {
        public LabelledCounter CampaignReevaluations =>
            metrics.Labelled("se_campaign_reevaluations_total", "Second looks at a scene's campaign triggers when live facts arrived later, by result.", "result", Results);
    }

    public static void Register(GatewayMetrics metrics) => _ = metrics.CampaignReevaluations;
}
