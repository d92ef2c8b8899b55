namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>What caused a campaign to be considered. Names in documents are the camelCase form.</summary>
public enum TriggerKind : byte
{
    SceneEntered,
    SceneLeft,
    StoreEntered,
    ZoneEntered,
    DwellZone,
    DwellShelf,
    ShopperLeft,
    ShelfPick,
    ShelfPutBack,
    PickAndPutBack,
    Alert,
    /// <summary>
    /// The shopper is in a scene near the store while the store's local time is inside the campaign's window (e.g.
    /// commuters passing 07:00-09:30); the gateway raises it when it re-judges a shopper near a store.
    /// </summary>
    TimeWindow,
    /// <summary>
    /// A purchase at the store's point of sale by a shopper the app's checkout code identified; facts: the purchase id,
    /// its SKUs, categories and total.
    /// </summary>
    Purchase,
    /// <summary>Reserved for online events: refused at validation until then.</summary>
    OnlineEvent,
}
