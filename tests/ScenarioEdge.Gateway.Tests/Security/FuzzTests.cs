using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.Security;

[Collection(SimulatedStoreRuns.Name)]
public sealed class FuzzTests
{
    private static readonly string[] DeviceTopics =
    [
        "se/v1/stores/store-w/devices/door-1/sightings", "se/v1/stores/store-w/devices/door-1/shelf",
        "se/v1/stores/store-w/devices/door-1/wearables", "se/v1/stores/store-w/devices/door-1/status",
        "se/v1/stores/store-w/devices/door-1/config", "se/v1/stores/store-w/displays/x", "se/v1/scenes/store-w/alice",
        "se/v1/stores/store-w/devices/door-1", "se/v1", "nonsense",
    ];

    private static string[] AppTopics(string install) =>
    [
        $"se/v1/apps/{install}/up/activity", $"se/v1/apps/{install}/up/feedback", $"se/v1/apps/{install}/up/sightings", $"se/v1/apps/{install}/push",
    ];

    private static readonly string[] Seeds =
    [
        """{"v":1,"id":"s1","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"00112233445566778899aabbccddeeff","kind":"shopperToken","rssi":-60,"ts":"2026-11-24T08:00:00Z"}]}""",
        """{"v":1,"id":"e1","ts":"2026-11-24T08:00:00Z","kind":"pick","lane":"l1","sku":"x","count":1,"deltaGrams":-500}""",
        """{"v":1,"id":"w1","ts":"2026-11-24T08:00:00Z","adv":"hr","profile":"heartRate","heartRateBpm":150,"rrMs":[400]}""",
        """{"v":1,"id":"st","ts":"2026-11-24T08:00:00Z","state":"online","queueDepth":3}""",
        """{"v":1,"id":"a1","ts":"2026-11-24T08:00:00Z","activity":"running","confidence":0.9}""",
        """{"v":1,"id":"f1","ts":"2026-11-24T08:00:00Z","pushId":"nope","action":"opened"}""",
    ];

    [Fact]
    public async Task RandomAndMalformedPayloadsOnEveryTopic_HostStaysUpAndAcceptedDataIsIntact()
    {
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Security:AppBurst"] = "100000",
            ["Security:DeviceBurst"] = "100000",
        });
        await gateway.PlayAsync(scenario, 4);
        var appTopics = AppTopics(gateway.Install("alice"));
        var before = Snapshot(gateway);
        var random = new Random(20261124);

        await using (var device = await gateway.ConnectAsync("door-1"))
        await using (var app = await gateway.ConnectAsync(gateway.Install("alice")))
        {
            for (var i = 0; i < 1_500; i++)
            {
                var client = i % 3 == 0 ? app : device;
                var topics = client == app ? appTopics : DeviceTopics;
                var result = await client.PublishAsync(topics[random.Next(topics.Length)], Payload(random));
                Assert.NotNull(result);
                Assert.True(client.Client.IsConnected, $"the broker dropped the client after message {i}");
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(before, Snapshot(gateway));
        Assert.True(gateway.Metrics.Rejected["malformed_json"] > 100);
        await using var again = await gateway.ConnectAsync("door-1");
        Assert.True((await again.PublishAsync(DeviceTopics[3], """{"v":1,"id":"after-fuzz","ts":"2026-11-24T08:00:00Z","state":"online"}""")).IsSuccess);
        gateway.AssertNoErrorsLogged();
    }

    private static string Snapshot(GatewayFixture gateway) => string.Join(
        '\n',
        gateway.Database.Shoppers.FindAll().OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => $"{s.Id}:{string.Join(',', s.Consents)}")
            .Concat(gateway.Database.Pushes.FindAll().OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => $"{p.Id}:{p.Shopper}:{p.DeliveredAt:O}:{p.OpenedAt:O}"))
            .Concat(gateway.Database.Devices.FindAll().OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => $"{d.Id}:{d.Zone}:{d.Revoked}")));

    private static byte[] Payload(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var noise = new byte[random.Next(0, 400)];
                random.NextBytes(noise);
                return noise;
            case 1:
                // Structurally JSON, semantically anything.
                var json = new StringBuilder("{");
                for (var k = random.Next(0, 6); k > 0; k--)
                {
                    json.Append('"').Append("vidtskindrssiadvsightingsstate"[random.Next(0, 25)..][..random.Next(1, 5)]).Append("\":");
                    json.Append(random.Next(5) switch { 0 => "null", 1 => "[]", 2 => "\"x\"", 3 => "{\"a\":[1,{}]}", _ => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) }).Append(',');
                }

                return Encoding.UTF8.GetBytes(json.ToString().TrimEnd(',') + "}");
            default:
                var bytes = Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]);
                for (var k = random.Next(1, 5); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return random.Next(3) == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
        }
    }
}
