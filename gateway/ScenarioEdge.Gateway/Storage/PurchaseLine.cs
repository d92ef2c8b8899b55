namespace ScenarioEdge.Gateway.Storage;

/// <summary>One line of a <see cref="PurchaseRecord"/>.</summary>
public sealed class PurchaseLine
{
    public string Sku { get; set; } = "";

    public double Qty { get; set; }

    public double Price { get; set; }

    public string? Category { get; set; }
}
