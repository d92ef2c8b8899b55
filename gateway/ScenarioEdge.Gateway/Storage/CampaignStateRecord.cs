namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A shopper's campaign limits (LiteDB collection <c>campaignstate</c>, id = shopper): the engine's
/// ShopperLimitSnapshot as JSON (sends, last send and dismissal per campaign). Written in batches; survives a restart so caps and cooldowns do.
/// </summary>
public sealed class CampaignStateRecord
{
    public string Id { get; set; } = "";

    public string Limits { get; set; } = "";
}
