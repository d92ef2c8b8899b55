using ScenarioEdge.EdgeAgent.Decoding;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class ResolvablePrivateAddressTests
{
    // Core spec Vol 3 Part H Appendix D.7 sample data, most significant byte first.
    private static readonly byte[] SpecIrk = Convert.FromHexString("ec0234a357c8ad05341010a60a397d9b");

    [Fact]
    public void Ah_CoreSpecSample_GivesSpecHash()
    {
        using var irk = ResolvablePrivateAddress.CreateKey(SpecIrk);

        Assert.Equal(0x0dfbaau, ResolvablePrivateAddress.Ah(irk, 0x708194));
    }

    [Fact]
    public void Resolve_AddressFromSpecSample_GivesRegisteredName()
    {
        using var resolver = new RpaResolver([KeyValuePair.Create("hr-strap-7", SpecIrk)]);

        Assert.Equal("hr-strap-7", resolver.Resolve(0x7081940DFBAA, addressType: 1));
    }

    [Fact]
    public void Resolve_OtherRandomAddress_GivesNothing()
    {
        using var resolver = new RpaResolver([KeyValuePair.Create("hr-strap-7", SpecIrk)]);

        Assert.Null(resolver.Resolve(0x7081940DFBAB, addressType: 1));
    }

    [Fact]
    public void Resolve_PublicAddressWithSameBits_IsNeverResolved()
    {
        using var resolver = new RpaResolver([KeyValuePair.Create("hr-strap-7", SpecIrk)]);

        Assert.Null(resolver.Resolve(0x7081940DFBAA, addressType: 0));
    }

    [Fact]
    public void IsResolvable_StaticRandomAddress_IsFalse()
    {
        Assert.False(ResolvablePrivateAddress.IsResolvable(0xC081940DFBAA, 1));
        Assert.True(ResolvablePrivateAddress.IsResolvable(0x4081940DFBAA, 1));
    }
}
