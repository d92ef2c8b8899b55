namespace ScenarioEdge.Simulation.Responses;

/// <summary>How one simulated shopper responded to one campaign: the stages reached and the revenue of the purchase.</summary>
public readonly record struct ShopperResponse(bool Sent, bool Delivered, bool Opened, bool Clicked, bool Redeemed, bool Purchased, double Revenue);
