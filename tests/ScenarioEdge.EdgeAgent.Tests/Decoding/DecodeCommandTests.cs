using System.Text.Json;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class DecodeCommandTests
{
    [Fact]
    public async Task RunAsync_LinesWithAndWithoutPrefixes_PrintsOneJsonObjectPerLine()
    {
        var input = $"C0:FF:EE:00:11:22,-67,{Adverts.IBeacon}\n-80,{Adverts.EddystoneUrl}\n\n{Adverts.EddystoneTlm}\n";

        var lines = await RunAsync(input);

        Assert.Equal(3, lines.Count);
        Assert.Equal("ibeacon", lines[0].GetProperty("kind").GetString());
        Assert.Equal("C0:FF:EE:00:11:22", lines[0].GetProperty("address").GetString());
        Assert.Equal(-67, lines[0].GetProperty("rssi").GetInt32());
        Assert.Equal(-59, lines[0].GetProperty("txPower").GetInt32());
        Assert.Equal("https://goo.gl/S6zT6P", lines[1].GetProperty("url").GetString());
        Assert.Equal(-80, lines[1].GetProperty("rssi").GetInt32());
        Assert.Equal(3000, lines[2].GetProperty("batteryMv").GetInt32());
    }

    [Theory]
    [InlineData("0201zz", "'z' at position 5")]
    [InlineData("02010", "odd number of digits")]
    [InlineData("C0:FF:EE,0201", "address 'C0:FF:EE'")]
    [InlineData("loud,0201", "prefix 'loud'")]
    public async Task RunAsync_BadLine_PrintsErrorAndGoesOn(string bad, string expected)
    {
        var lines = await RunAsync($"{bad}\n{Adverts.ShopperToken}\n");

        Assert.Equal(2, lines.Count);
        Assert.Contains(expected, lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal("shopper-token", lines[1].GetProperty("kind").GetString());
    }

    private static async Task<List<JsonElement>> RunAsync(string input)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var exit = await DecodeCommand.RunAsync(reader, writer, ShopperTokenFrame.DefaultServiceUuid, CancellationToken.None);
        Assert.Equal(0, exit);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
