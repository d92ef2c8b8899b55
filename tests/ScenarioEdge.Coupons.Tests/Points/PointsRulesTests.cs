using ScenarioEdge.Coupons.Points;

namespace ScenarioEdge.Coupons.Tests.Points;

public sealed class PointsRulesTests
{
    [Theory]
    [InlineData(0, 50, PointsRefusal.None)]
    [InlineData(0, 0, PointsRefusal.InvalidAmount)]
    [InlineData(0, -5, PointsRefusal.InvalidAmount)]
    [InlineData(0, PointsRules.MaxAmount + 1, PointsRefusal.InvalidAmount)]
    [InlineData(PointsRules.MaxBalance - 10, 10, PointsRefusal.None)]
    [InlineData(PointsRules.MaxBalance - 10, 11, PointsRefusal.BalanceFull)]
    public void Credit_AmountAndBalance_RefusedOnlyWhenOutOfRange(long balance, long amount, PointsRefusal expected) =>
        Assert.Equal(expected, PointsRules.Credit(balance, amount).Refusal);

    [Theory]
    [InlineData(200, 200, PointsRefusal.None)]
    [InlineData(199, 200, PointsRefusal.Insufficient)]
    [InlineData(0, 1, PointsRefusal.Insufficient)]
    [InlineData(500, 0, PointsRefusal.InvalidAmount)]
    [InlineData(500, -200, PointsRefusal.InvalidAmount)]
    public void Debit_NeverBelowZero(long balance, long amount, PointsRefusal expected) =>
        Assert.Equal(expected, PointsRules.Debit(balance, amount).Refusal);

    [Fact]
    public void Debit_Insufficient_DetailNamesBalanceAndNeed() =>
        Assert.Equal("the balance is 120 points, 200 are needed", PointsRules.Debit(120, 200).Detail);

    [Fact]
    public void Keys_ShareAndRedemption_NeverCollide()
    {
        Assert.NotEqual(PointsKeys.Share("p1"), PointsKeys.Given("p1"));
        Assert.NotEqual(PointsKeys.Share("p1"), PointsKeys.Redemption("shp-a", "p1"));
        // Two apps choosing the same Idempotency-Key do not meet: the shopper is part of the key.
        Assert.NotEqual(PointsKeys.Redemption("shp-a", "k1"), PointsKeys.Redemption("shp-b", "k1"));
    }
}
