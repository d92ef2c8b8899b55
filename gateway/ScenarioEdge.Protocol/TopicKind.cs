namespace ScenarioEdge.Protocol;

/// <summary>What a topic of protocol version 1 carries.</summary>
public enum TopicKind
{
    /// <summary>Not a topic of this protocol.</summary>
    Unknown = 0,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/sightings</c></summary>
    Sightings,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/shelf</c></summary>
    Shelf,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/wearables</c></summary>
    Wearables,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/status</c></summary>
    Status,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/config</c></summary>
    Config,
    /// <summary><c>se/v1/stores/{store}/displays/{display}</c></summary>
    Display,
    /// <summary><c>se/v1/apps/{install}/up/activity</c></summary>
    AppActivity,
    /// <summary><c>se/v1/apps/{install}/up/feedback</c></summary>
    AppFeedback,
    /// <summary><c>se/v1/apps/{install}/up/sightings</c></summary>
    AppSightings,
    /// <summary><c>se/v1/apps/{install}/push</c></summary>
    AppPush,
    /// <summary><c>se/v1/scenes/{store}/{shopper}</c></summary>
    Scene,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/purchases</c> (a point of sale's purchases)</summary>
    Purchases,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/redemptions</c> (a point of sale's redemption requests)</summary>
    Redemptions,
    /// <summary><c>se/v1/stores/{store}/devices/{device}/answers</c> (the gateway's answers to a point of sale)</summary>
    Answers,
}
