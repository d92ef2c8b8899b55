using ScenarioEdge.Coupons.Rules;

namespace ScenarioEdge.Coupons.Tests.Rules;

public sealed class CouponCodesTests
{
    [Fact]
    public void New_Many_UniqueWellFormedAndSpreadOverTheAlphabet()
    {
        var codes = Enumerable.Range(0, 100_000).Select(_ => CouponCodes.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes.Take(1000), c => Assert.Equal(c, CouponCodes.Normalize(c)));
        // 32 symbols over 1.2 M characters: each about 37,500 times; a biased generator would show far outside 10%.
        var counts = codes.SelectMany(c => c).GroupBy(c => c).Select(g => g.Count()).ToList();
        Assert.Equal(32, counts.Count);
        Assert.All(counts, n => Assert.InRange(n, 33_750, 41_250));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData("O0IL 1234 5678", "001112345678")]
    [InlineData("ABCDEFGHJKM", null)]
    [InlineData("ABCDEFGHJKMNP", null)]
    [InlineData("ABCDEFGHJKMU", null)]
    [InlineData("", null)]
    public void Normalize_TypedOrScanned_CanonicalOrNull(string input, string? expected) => Assert.Equal(expected, CouponCodes.Normalize(input));

    [Fact]
    public void IssuanceKey_SameOccurrence_SameKey_OtherOccurrence_Other()
    {
        var at = new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal(IssuanceKey.Of("c", "camp", "s", "sceneEntered", at), IssuanceKey.Of("c", "camp", "s", "sceneEntered", at.ToOffset(TimeSpan.FromHours(1))));
        Assert.NotEqual(IssuanceKey.Of("c", "camp", "s", "sceneEntered", at), IssuanceKey.Of("c", "camp", "s", "sceneEntered", at.AddTicks(1)));
        Assert.NotEqual(IssuanceKey.Of("c", "camp", "s", "sceneEntered", at), IssuanceKey.Of("c", "camp", "s", "storeEntered", at));
    }
}
