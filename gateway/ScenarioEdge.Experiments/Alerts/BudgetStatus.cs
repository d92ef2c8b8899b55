namespace ScenarioEdge.Experiments.Alerts;

/// <summary>
/// A coupon budget on <paramref name="Day"/>: the budget, what was spent so far, the recent spend per day (the caller
/// chooses the window, e.g. the last 3 days) and the last day the campaign runs. Inputs, not ledger reads.
/// </summary>
public sealed record BudgetStatus(string Campaign, string Coupon, DateOnly Day, double Budget, double Spent, double SpentPerDay, DateOnly EndsOn);
