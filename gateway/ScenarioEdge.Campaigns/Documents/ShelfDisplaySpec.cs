using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class ShelfDisplaySpec
{
    [Description("Display to use: 'nearest' (the display nearest to the shopper) or a display id.")]
    public string Display { get; set; } = "nearest";

    [Description("Headline, plain text with placeholders (at most 120 characters).")]
    public string Title { get; set; } = "";

    [Description("Promotion text, plain text with placeholders (at most 500 characters).")]
    public string? Text { get; set; }

    [Description("Product shown (product id), or '{product}' for the trigger's product.")]
    public string? Product { get; set; }

    [Description("How long the content stays up, e.g. 60s or 2m (1 s to 1 h).")]
    public string Ttl { get; set; } = "60s";

    [Description("What the display shows after the ttl: storeDefault (the store's default content).")]
    public string Fallback { get; set; } = "storeDefault";
}
