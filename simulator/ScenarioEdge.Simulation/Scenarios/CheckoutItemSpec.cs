namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>One line of a simulated purchase.</summary>
public sealed class CheckoutItemSpec
{
    public string Sku { get; set; } = "";

    public double Qty { get; set; } = 1;

    public double Price { get; set; }

    public string? Category { get; set; }
}
