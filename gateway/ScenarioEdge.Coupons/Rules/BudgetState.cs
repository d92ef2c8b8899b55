namespace ScenarioEdge.Coupons.Rules;

/// <summary>What a coupon's budget has spent so far: coupons issued and their total face value.</summary>
public readonly record struct BudgetState(int Issued, double Value);
