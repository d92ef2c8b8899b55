using System.ComponentModel.DataAnnotations;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Smart shelves (section <c>Shelves</c>): how shelf events become interactions, and the configured product offers.
/// What is shown or pushed after an interaction is a campaign's business (campaign documents), not the shelf's.
/// </summary>
public sealed class ShelfOptions
{
    public const string Section = "Shelves";

    /// <summary>A put-back this soon after a pick of the same SKU on the same lane is a pick-and-put-back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PickAndPutBackWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Offers by SKU for every store; a store's provisioned offers take precedence.</summary>
    public Dictionary<string, Offer> Offers { get; set; } = new(StringComparer.Ordinal);
}
