namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A shopper's campaign limits (LiteDB collection <c>campaignstate</c>, id = shopper): the engine's
/// ShopperLimitSnapshot as JSON (sends, last send and dismissal per campaign) and the stores the shopper has visited
/// (new or returning). Written in batches; survives a restart so caps and cooldowns do.
/// </summary>
public sealed class CampaignStateRecord
{
    public string Id { get; set; } = "";

    public string Limits { get; set; } = "";

    public List<string> Visited { get; set; } = [];
}
