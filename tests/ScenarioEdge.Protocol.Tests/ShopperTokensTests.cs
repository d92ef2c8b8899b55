namespace ScenarioEdge.Protocol.Tests;

public sealed class ShopperTokensTests
{
    private static readonly byte[] Key = Convert.FromHexString("000102030405060708090a0b0c0d0e0f");

    [Fact]
    public void TokenHex_SameRotationPeriod_SameToken()
    {
        var t = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(ShopperTokens.TokenHex(Key, t), ShopperTokens.TokenHex(Key, t.AddSeconds(ShopperTokens.RotationSeconds - 1)));
    }

    [Fact]
    public void TokenHex_NextRotationPeriod_DifferentUnlinkableToken()
    {
        var t = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var a = ShopperTokens.TokenHex(Key, t);
        var b = ShopperTokens.TokenHex(Key, t.AddSeconds(ShopperTokens.RotationSeconds));

        Assert.NotEqual(a, b);
        Assert.Equal(32, a.Length);
        // No shared prefix an observer could link on.
        Assert.NotEqual(a[..8], b[..8]);
    }

    [Fact]
    public void TokenHex_KnownVector_MatchesAes128OfTheDocumentedBlock()
    {
        // AES-128(key 000102..0f, "SEtk" 00000000 counter=1 as 8 bytes BE), computed once with openssl enc -aes-128-ecb.
        Assert.Equal("a41cec86e395973c9e34399135ddaaa3", ShopperTokens.TokenHex(Key, 1));
    }

    [Fact]
    public void CounterAt_BeforeUnixEpoch_RoundsDown()
    {
        Assert.Equal(-1, ShopperTokens.CounterAt(DateTimeOffset.UnixEpoch.AddSeconds(-1)));
        Assert.Equal(0, ShopperTokens.CounterAt(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Derive_WrongKeyLength_ThrowsNamingTheLength()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShopperTokens.TokenHex(new byte[8], 1));
        Assert.Contains("16 bytes", ex.Message, StringComparison.Ordinal);
    }
}
