using ScenarioEdge.Coupons.Rules;

namespace ScenarioEdge.Coupons.Tests.Rules;

public sealed class IssueRulesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 11, 0, 0, TimeSpan.Zero);

    private static CouponDefinition Coupon(int? count = 10, double? value = null, int perShopper = 1, CouponKind kind = CouponKind.Amount, double face = 2,
        DateOnly? from = null, DateOnly? to = null, int? days = 7) =>
        new("c", 1, kind, face, days, from, to, count, value, perShopper, new HashSet<string>(StringComparer.Ordinal) { "store-1" });

    [Fact]
    public void Check_WithinEverything_Issues() =>
        Assert.Equal(IssueRefusal.None, IssueRules.Check(Coupon(), new BudgetState(9, 18), 0, "store-1", Noon, Berlin).Refusal);

    [Fact]
    public void Check_CountSpent_BudgetExhausted()
    {
        var (refusal, detail) = IssueRules.Check(Coupon(count: 10), new BudgetState(10, 20), 0, "store-1", Noon, Berlin);

        Assert.Equal(IssueRefusal.BudgetExhausted, refusal);
        Assert.Contains("budget of 10 coupons spent", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValueWouldPassBudget_BudgetExhausted()
    {
        // 0.1 + 0.2 drifts in binary; 9 coupons of 2.0 = 18, a tenth would make 20 of a budget of 19.9.
        Assert.Equal(IssueRefusal.BudgetExhausted, IssueRules.Check(Coupon(count: null, value: 19.9), new BudgetState(9, 18), 0, "store-1", Noon, Berlin).Refusal);
        Assert.Equal(IssueRefusal.None, IssueRules.Check(Coupon(count: null, value: 0.3, face: 0.1), new BudgetState(2, 0.1 + 0.1), 0, "store-1", Noon, Berlin).Refusal);
    }

    [Fact]
    public void Check_ShopperHoldsTheLimit_ShopperLimit()
    {
        Assert.Equal(IssueRefusal.ShopperLimit, IssueRules.Check(Coupon(perShopper: 2), default, 2, "store-1", Noon, Berlin).Refusal);
        Assert.Equal(IssueRefusal.None, IssueRules.Check(Coupon(perShopper: 2), default, 1, "store-1", Noon, Berlin).Refusal);
    }

    [Fact]
    public void Check_AnotherStore_OtherStore() =>
        Assert.Equal(IssueRefusal.OtherStore, IssueRules.Check(Coupon(), default, 0, "store-2", Noon, Berlin).Refusal);

    [Fact]
    public void Check_FixedDatesInStoreTime_OutsideValidityAtTheLocalDayBoundary()
    {
        var coupon = Coupon(from: new DateOnly(2026, 12, 2), to: new DateOnly(2026, 12, 3));
        // 23:30 UTC on the 1st is 00:30 on the 2nd in Berlin: inside; 22:30 UTC on the 3rd is 23:30 local: still inside.
        Assert.Equal(IssueRefusal.OutsideValidity, IssueRules.Check(coupon, default, 0, "store-1", new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero), Berlin).Refusal);
        Assert.Equal(IssueRefusal.None, IssueRules.Check(coupon, default, 0, "store-1", new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), Berlin).Refusal);
        Assert.Equal(IssueRefusal.None, IssueRules.Check(coupon, default, 0, "store-1", new DateTimeOffset(2026, 12, 3, 22, 30, 0, TimeSpan.Zero), Berlin).Refusal);
        Assert.Equal(IssueRefusal.OutsideValidity, IssueRules.Check(coupon, default, 0, "store-1", new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.Zero), Berlin).Refusal);
    }

    [Fact]
    public void ExpiresAt_DaysAndLastDay_TheEarlier()
    {
        Assert.Equal(Noon.AddDays(7), IssueRules.ExpiresAt(Coupon(), Noon, Berlin));
        // The end of 3 December in Berlin is 23:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 23, 0, 0, TimeSpan.Zero), IssueRules.ExpiresAt(Coupon(to: new DateOnly(2026, 12, 3)), Noon, Berlin));
        Assert.Null(IssueRules.ExpiresAt(Coupon(days: null), Noon, Berlin));
    }
}
