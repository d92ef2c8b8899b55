using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class AdvertClassifierTests
{
    private const ushort ShopperUuid = ShopperTokenFrame.DefaultServiceUuid;

    [Theory]
    [InlineData(Adverts.IBeacon, AdvertKind.IBeacon, "e2c56db5dffb48d2b060d0f5a71096e000010002", -59)]
    [InlineData(Adverts.AltBeacon, AdvertKind.AltBeacon, "2f234454cf6d4a0fadf2f4911ba9ffa600010002", -59)]
    [InlineData(Adverts.EddystoneUid, AdvertKind.EddystoneUid, "000102030405060708090a0b0c0d0e0f", -24 - 41)]
    [InlineData(Adverts.EddystoneEid, AdvertKind.EddystoneEid, "0123456789abcdef", -16 - 41)]
    [InlineData(Adverts.ShopperToken, AdvertKind.ShopperToken, Adverts.Token, -56)]
    public void Classify_SpecExample_ReturnsKindIdentityAndOneMetreReference(string hex, AdvertKind kind, string id, int reference)
    {
        var identity = AdvertClassifier.Classify(Adverts.Bytes(hex), ShopperUuid);

        Assert.Equal(kind, identity.Kind);
        Assert.Equal(id, Convert.ToHexStringLower(identity.Id));
        Assert.Equal(reference, (int?)identity.ReferenceRssi);
    }

    [Theory]
    [InlineData(Adverts.EddystoneUrl, AdvertKind.EddystoneUrl)]
    [InlineData(Adverts.EddystoneTlm, AdvertKind.EddystoneTlm)]
    [InlineData(Adverts.Generic, AdvertKind.Unknown)]
    [InlineData(Adverts.AppleNearby, AdvertKind.Unknown)]
    public void Classify_FrameWithoutOwnIdentity_HasNoIdentityBytes(string hex, AdvertKind kind)
    {
        var identity = AdvertClassifier.Classify(Adverts.Bytes(hex), ShopperUuid);

        Assert.Equal(kind, identity.Kind);
        Assert.True(identity.Id.IsEmpty);
    }

    [Fact]
    public void Classify_ShopperTokenUnderOtherUuid_IsNotAShopper()
    {
        var identity = AdvertClassifier.Classify(Adverts.Bytes(Adverts.ShopperToken), shopperTokenUuid: 0xFEED);

        Assert.Equal(AdvertKind.Unknown, identity.Kind);
    }

    [Fact]
    public void Classify_ShopperTokenWithUnknownVersion_IsNotAShopper()
    {
        var hex = Adverts.ShopperToken.Replace("F5FF01C8", "F5FF02C8", StringComparison.Ordinal);

        Assert.Equal(AdvertKind.Unknown, AdvertClassifier.Classify(Adverts.Bytes(hex), ShopperUuid).Kind);
    }

    [Fact]
    public void Classify_TxPowerLevelStructure_IsReported()
    {
        var identity = AdvertClassifier.Classify(Adverts.Bytes(Adverts.Generic), ShopperUuid);

        Assert.Equal((sbyte)4, identity.TxPowerLevel);
    }

    [Fact]
    public void Classify_StructureRunningPastTheEnd_StopsWithoutThrowing()
    {
        var truncated = Adverts.Bytes(Adverts.IBeacon)[..20];

        var identity = AdvertClassifier.Classify(truncated, ShopperUuid);

        Assert.Equal(AdvertKind.Unknown, identity.Kind);
    }
}
