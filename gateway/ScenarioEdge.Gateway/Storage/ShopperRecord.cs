namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A pseudonymous shopper (LiteDB collection <c>shoppers</c>). The id is random and says nothing about the person;
/// the token key never leaves the gateway except to the shopper's own app at registration.
/// </summary>
public sealed class ShopperRecord
{
    public string Id { get; set; } = "";

    /// <summary>App installs of the shopper; pushes go to each.</summary>
    public List<string> Installs { get; set; } = [];

    /// <summary>Key from which the app's rotating advert tokens are derived (16 bytes).</summary>
    public byte[] TokenKey { get; set; } = [];

    /// <summary>Purposes the shopper consented to (presence, activity, offers).</summary>
    public List<string> Consents { get; set; } = [];

    /// <summary>Wearables the shopper's app registered (their advertiser ids), so that their samples count as the shopper's.</summary>
    public List<string> Wearables { get; set; } = [];

    /// <summary>The shopper's resting heart rate in bpm, when the app knows it.</summary>
    public int? RestingHeartRateBpm { get; set; }

    /// <summary>The shopper's maximum heart rate in bpm, when the app knows it.</summary>
    public int? MaxHeartRateBpm { get; set; }

    /// <summary>Segment tags an operator assigned (a CRM segment such as <c>loyalty-gold</c>); the app cannot set them.</summary>
    public List<string> Tags { get; set; } = [];
}
