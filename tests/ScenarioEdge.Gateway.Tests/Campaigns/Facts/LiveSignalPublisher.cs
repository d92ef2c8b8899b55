using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Publishes a facts-store shopper's signals over MQTT as the real senders do: heart rate relayed by the door scanner,
/// the phone's distance report from the shopper's app, token sightings at the door. Event times chosen by the test.
/// </summary>
internal sealed class LiveSignalPublisher(GatewayFixture gateway) : IAsyncDisposable
{
    public const string Store = "store-f";
    private readonly List<TestMqtt> _clients = [];
    private TestMqtt? _door;
    private int _next;

    public static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Campaigns", "Facts", name);

    public async Task HeartRateAsync(string strap, int bpm, DateTimeOffset at)
    {
        var sample = new WearableSample { Id = NextId(), Ts = at, Adv = strap, Profile = WearableProfile.HeartRate, HeartRateBpm = bpm };
        await PublishAsync(await DoorAsync(), Topics.Wearables(Store, "door-f"), ProtocolCodec.Encode(sample));
    }

    /// <summary>The phone's distance report; activity unknown, so it moves no scene by itself.</summary>
    public async Task DistanceAsync(string shopper, string store, double metres, DateTimeOffset at)
    {
        var app = gateway.Credentials.App(shopper);
        var client = await TestMqtt.ConnectAsync(gateway.MqttPort, app.Install, app.UserName, app.Token);
        _clients.Add(client);
        var report = new AppActivity { Id = NextId(), Ts = at, Activity = PhoneActivity.Unknown, Store = store, DistanceToStoreM = metres };
        await PublishAsync(client, $"se/v1/apps/{app.Install}/up/activity", ProtocolCodec.Encode(report));
    }

    /// <summary>The shopper's token heard at the door once a second for <paramref name="seconds"/> seconds (enough to enter).</summary>
    public async Task AtTheDoorAsync(string shopper, DateTimeOffset from, int seconds = 8)
    {
        var key = gateway.Credentials.KeyOf(shopper)!;
        for (var i = 0; i < seconds; i++)
        {
            var at = from.AddSeconds(i);
            var batch = new SightingsBatch
            {
                Id = NextId(),
                Ts = at,
                Sightings = [new Sighting { Adv = ShopperTokens.TokenHex(key, at), Kind = AdvertiserKind.ShopperToken, Rssi = -50, Ts = at }],
            };
            await PublishAsync(await DoorAsync(), Topics.Sightings(Store, "door-f"), ProtocolCodec.Encode(batch));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private async Task<TestMqtt> DoorAsync()
    {
        if (_door is null)
        {
            _door = await gateway.ConnectAsync("door-f");
            _clients.Add(_door);
        }

        return _door;
    }

    private static async Task PublishAsync(TestMqtt client, string topic, byte[] payload) =>
        Assert.True((await client.PublishAsync(topic, payload)).IsSuccess, $"publish to {topic}");

    private string NextId() => $"f-{Interlocked.Increment(ref _next)}";
}
