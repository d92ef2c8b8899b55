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
    /// <summary>Connections by client id: devices and apps.</summary>
    private readonly Dictionary<string, TestMqtt> _devices = new(StringComparer.Ordinal);
    private readonly ProvisionedCredentials _credentials = credentials ?? gateway.Credentials;
    private int _next;

    public static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Campaigns", "Facts", name);

    public async Task HeartRateAsync(string strap, int bpm, DateTimeOffset at) =>
        Assert.True((await HeartRateResultAsync(strap, bpm, at)).IsSuccess, "publish of the heart rate");

    /// <summary>The heart-rate sample, whatever the gateway answers (a refusal is the test's to check).</summary>
    public async Task<MQTTnet.MqttClientPublishResult> HeartRateResultAsync(string strap, int bpm, DateTimeOffset at)
    {
        var sample = new WearableSample { Id = NextId(), Ts = at, Adv = strap, Profile = WearableProfile.HeartRate, HeartRateBpm = bpm };
        return await (await DeviceAsync("door-f")).PublishAsync(Topics.Wearables(Store, "door-f"), ProtocolCodec.Encode(sample));
    }

    /// <summary>The phone's distance report; activity unknown (so it moves no scene by itself) unless <paramref name="activity"/> names one.</summary>
    public async Task DistanceAsync(string shopper, string store, double metres, DateTimeOffset at, PhoneActivity activity = PhoneActivity.Unknown)
    {
        var app = _credentials.App(shopper);
        // One connection per app, as a phone keeps: a second login under the same client id takes the first over,
        // and disposing the one taken over could meet a reset socket.
        if (!_devices.TryGetValue(app.Install, out var client))
        {
            _devices[app.Install] = client = await TestMqtt.ConnectAsync(gateway.MqttPort, app.Install, app.UserName, app.Token);
            _clients.Add(client);
        }

        var report = new AppActivity { Id = NextId(), Ts = at, Activity = activity, Confidence = activity == PhoneActivity.Unknown ? null : 0.9, Store = store, DistanceToStoreM = metres };
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
