using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Publishes a facts-store shopper's signals over MQTT as the real senders do: heart rate relayed by the door scanner,
/// the phone's distance report from the shopper's app, token sightings at the door. Event times chosen by the test.
/// </summary>
/// <param name="credentials">Logins from before a restart (a restarted gateway keeps them; the new fixture does not know them).</param>
internal sealed class LiveSignalPublisher(GatewayFixture gateway, ProvisionedCredentials? credentials = null) : IAsyncDisposable
{
    public const string Store = "store-f";
    private readonly List<TestMqtt> _clients = [];
    private readonly Dictionary<string, TestMqtt> _devices = new(StringComparer.Ordinal);
    private readonly ProvisionedCredentials _credentials = credentials ?? gateway.Credentials;
    private int _next;

    public static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Campaigns", "Facts", name);

    public async Task HeartRateAsync(string strap, int bpm, DateTimeOffset at)
    {
        var sample = new WearableSample { Id = NextId(), Ts = at, Adv = strap, Profile = WearableProfile.HeartRate, HeartRateBpm = bpm };
        await PublishAsync(await DeviceAsync("door-f"), Topics.Wearables(Store, "door-f"), ProtocolCodec.Encode(sample));
    }

    /// <summary>The phone's distance report; activity unknown, so it moves no scene by itself.</summary>
    public async Task DistanceAsync(string shopper, string store, double metres, DateTimeOffset at)
    {
        var app = _credentials.App(shopper);
        var client = await TestMqtt.ConnectAsync(gateway.MqttPort, app.Install, app.UserName, app.Token);
        _clients.Add(client);
        var report = new AppActivity { Id = NextId(), Ts = at, Activity = PhoneActivity.Unknown, Store = store, DistanceToStoreM = metres };
        await PublishAsync(client, $"se/v1/apps/{app.Install}/up/activity", ProtocolCodec.Encode(report));
    }

    /// <summary>The shopper's token heard at the door once a second for <paramref name="seconds"/> seconds (enough to enter).</summary>
    public async Task AtTheDoorAsync(string shopper, DateTimeOffset from, int seconds = 8, string store = Store)
    {
        var device = store == Store ? "door-f" : "door-g";
        var key = _credentials.KeyOf(shopper)!;
        for (var i = 0; i < seconds; i++)
        {
            var at = from.AddSeconds(i);
            var batch = new SightingsBatch
            {
                Id = NextId(),
                Ts = at,
                Sightings = [new Sighting { Adv = ShopperTokens.TokenHex(key, at), Kind = AdvertiserKind.ShopperToken, Rssi = -50, Ts = at }],
            };
            await PublishAsync(await DeviceAsync(device), Topics.Sightings(store, device), ProtocolCodec.Encode(batch));
        }
    }

    /// <summary>The phone reports the shopper well away from the store: the visit ends at once.</summary>
    public Task LeaveAsync(string shopper, DateTimeOffset at, string store = Store) => DistanceAsync(shopper, store, 400, at);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private async Task<TestMqtt> DeviceAsync(string device)
    {
        if (!_devices.TryGetValue(device, out var client))
        {
            var login = _credentials.For(device)!.Value;
            _devices[device] = client = await TestMqtt.ConnectAsync(gateway.MqttPort, device, login.User, login.Password);
            _clients.Add(client);
        }

        return client;
    }

    private static async Task PublishAsync(TestMqtt client, string topic, byte[] payload) =>
        Assert.True((await client.PublishAsync(topic, payload)).IsSuccess, $"publish to {topic}");

    private string NextId() => $"f-{Interlocked.Increment(ref _next)}";
}
