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

    /// <summary>Purposes the shopper consented to (presence, activity, offers, analytics).</summary>
    public List<string> Consents { get; set; } = [];
}
