using System.ComponentModel.DataAnnotations;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// The shelf offer rule (section <c>Shelves</c>): after a pick, or a pick and put-back, at a smart shelf, show the
/// product's offer on the nearest display and, after a put-back, push it to the shopper standing there.
/// </summary>
public sealed class ShelfOfferOptions
{
    public const string Section = "Shelves";

    public bool Enabled { get; set; } = true;

    /// <summary>Campaign id on display content and pushes, for measurement and the push cooldown.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string Campaign { get; set; } = "shelf-offer";

    /// <summary>A put-back this soon after a pick of the same SKU on the same lane is a pick-and-put-back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PickAndPutBackWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>At most one shelf-offer push per shopper and store within this event-time period.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan PushCooldown { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Offers by SKU for every store; a store's provisioned offers take precedence.</summary>
    public Dictionary<string, Offer> Offers { get; set; } = new(StringComparer.Ordinal);
}
