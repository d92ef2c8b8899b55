using System.Buffers;
using System.Text.Json;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class AdvertDescriberTests
{
    [Fact]
    public void Describe_IBeacon_GivesUuidMajorMinorAndMeasuredPower()
    {
        var json = Describe(Adverts.IBeacon);

        Assert.Equal("ibeacon", json.GetProperty("kind").GetString());
        Assert.Equal("e2c56db5-dffb-48d2-b060-d0f5a71096e0", json.GetProperty("uuid").GetString());
        Assert.Equal(1, json.GetProperty("major").GetInt32());
        Assert.Equal(2, json.GetProperty("minor").GetInt32());
        Assert.Equal(-59, json.GetProperty("txPower").GetInt32());
    }

    [Fact]
    public void Describe_EddystoneUrl_ExpandsSchemeAndText()
    {
        var json = Describe(Adverts.EddystoneUrl);

        Assert.Equal("eddystone-url", json.GetProperty("kind").GetString());
        Assert.Equal("https://goo.gl/S6zT6P", json.GetProperty("url").GetString());
        Assert.Equal(-21, json.GetProperty("txPower").GetInt32());
    }

    [Fact]
    public void Describe_EddystoneUrlWithExpansionCode_ExpandsTopLevelDomain()
    {
        // scheme 0x00 "http://www.", "google", 0x07 ".com"
        var json = Describe("0303AAFE0D16AAFE10EB00676F6F676C6507");

        Assert.Equal("http://www.google.com", json.GetProperty("url").GetString());
    }

    [Fact]
    public void Describe_EddystoneTlm_GivesBatteryTemperatureCountAndUptime()
    {
        var json = Describe(Adverts.EddystoneTlm);

        Assert.Equal("eddystone-tlm", json.GetProperty("kind").GetString());
        Assert.Equal(3000, json.GetProperty("batteryMv").GetInt32());
        Assert.Equal(24.5, json.GetProperty("temperatureC").GetDouble());
        Assert.Equal(100, json.GetProperty("advCount").GetInt64());
        Assert.Equal(30.0, json.GetProperty("uptimeS").GetDouble());
    }

    [Fact]
    public void Describe_EddystoneUidAndEid_GiveTheirIds()
    {
        var uid = Describe(Adverts.EddystoneUid);
        var eid = Describe(Adverts.EddystoneEid);

        Assert.Equal("00010203040506070809", uid.GetProperty("namespace").GetString());
        Assert.Equal("0a0b0c0d0e0f", uid.GetProperty("instance").GetString());
        Assert.Equal("eddystone-eid", eid.GetProperty("kind").GetString());
        Assert.Equal("0123456789abcdef", eid.GetProperty("eid").GetString());
    }

    [Fact]
    public void Describe_AltBeacon_GivesBeaconIdAndReferenceRssi()
    {
        var json = Describe(Adverts.AltBeacon);

        Assert.Equal("altbeacon", json.GetProperty("kind").GetString());
        Assert.Equal("2f234454cf6d4a0fadf2f4911ba9ffa600010002", json.GetProperty("beaconId").GetString());
        Assert.Equal(-59, json.GetProperty("refRssi").GetInt32());
        Assert.Equal("0118", json.GetProperty("companyId").GetString());
    }

    [Fact]
    public void Describe_ShopperToken_GivesOpaqueTokenHex()
    {
        var json = Describe(Adverts.ShopperToken);

        Assert.Equal("shopper-token", json.GetProperty("kind").GetString());
        Assert.Equal(Adverts.Token, json.GetProperty("token").GetString());
    }

    [Fact]
    public void Describe_GenericDevice_GivesNameServiceUuidsAndTxPower()
    {
        var json = Describe(Adverts.Generic);

        Assert.Equal("unknown", json.GetProperty("kind").GetString());
        Assert.Equal("Sensor", json.GetProperty("localName").GetString());
        Assert.Equal(["180d", "180f"], json.GetProperty("serviceUuids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, json.GetProperty("txPowerLevel").GetInt32());
    }

    private static JsonElement Describe(string hex)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            AdvertDescriber.Describe(writer, Adverts.Bytes(hex), ShopperTokenFrame.DefaultServiceUuid);
            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }
}
