namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// An app's open checkout code (collection <c>checkoutcodes</c>), by the SHA-256 of the code: the file, its backups
/// and exports never hold a code a till would accept. One per shopper (a new one replaces the old); deleted in the
/// transaction that uses it (gone is used), expired ones swept. Erased with the shopper, and when the offers consent is
/// withdrawn.
/// </summary>
public sealed class CheckoutCodeRecord
{
    /// <summary>Hex SHA-256 of the normalised code.</summary>
    public string Id { get; set; } = "";

    public string Shopper { get; set; } = "";

    /// <summary>The app install that asked for it.</summary>
    public string Install { get; set; } = "";

    /// <summary>Gateway time it was issued, UTC.</summary>
    public DateTime IssuedAt { get; set; }

    /// <summary>Gateway time after which a till's use is refused, UTC.</summary>
    public DateTime Expires { get; set; }
}
