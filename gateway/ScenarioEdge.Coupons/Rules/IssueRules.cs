namespace ScenarioEdge.Coupons.Rules;

/// <summary>
/// Whether one more coupon may be issued, given what the budget and the shopper already hold. The ledger calls it
/// as the budget's single owner, inside the transaction that then writes the issuance, so the answer cannot go stale
/// between the check and the write (the check-then-act race that over-issues budgets elsewhere).
/// </summary>
public static class IssueRules
{
    public static (IssueRefusal Refusal, string? Detail) Check(CouponDefinition definition, BudgetState spent, int shopperHolds, string store, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(zone);
        if (!definition.CoversStore(store))
        {
            return (IssueRefusal.OtherStore, $"coupon '{definition.Id}' is not offered in store {store}");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (definition.From is { } from && today < from)
        {
            return (IssueRefusal.OutsideValidity, $"coupon '{definition.Id}' is valid from {from:yyyy-MM-dd}");
        }

        if (definition.To is { } to && today > to)
        {
            return (IssueRefusal.OutsideValidity, $"coupon '{definition.Id}' was valid until {to:yyyy-MM-dd}");
        }

        if (definition.BudgetCount is { } count && spent.Issued >= count)
        {
            return (IssueRefusal.BudgetExhausted, $"budget of {count} coupons spent");
        }

        // Compared with a cent's tolerance: sums of decimal fractions in binary drift by far less.
        if (definition.BudgetValue is { } value && spent.Value + definition.FaceValue > value + 0.005)
        {
            return (IssueRefusal.BudgetExhausted, $"budget of {value} in face value spent ({spent.Value} issued)");
        }

        if (shopperHolds >= definition.PerShopper)
        {
            return (IssueRefusal.ShopperLimit, $"the shopper holds {shopperHolds} of at most {definition.PerShopper}");
        }

        return (IssueRefusal.None, null);
    }

    /// <summary>When a coupon issued at <paramref name="issuedAt"/> expires: the earlier of its days and the end of its last day; null when never.</summary>
    public static DateTimeOffset? ExpiresAt(CouponDefinition definition, DateTimeOffset issuedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(zone);
        DateTimeOffset? byDays = definition.ValidDays is { } days ? issuedAt.AddDays(days) : null;
        DateTimeOffset? byDate = null;
        if (definition.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            byDate = new DateTimeOffset(end, zone.GetUtcOffset(end));
        }

        return byDays is null ? byDate : byDate is null ? byDays : byDays < byDate ? byDays : byDate;
    }
}
