using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.EdgeAgent.Wearables;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

/// <summary>The real connection loops, sessions, GATT client and sample writer over a replayed connector and a fake clock.</summary>
internal sealed class WearableRig : IDisposable
{
    public const ulong Strap = 0xC0FFEE001122;
    public const string StrapAdv = "hr-strap-7";
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    public WearableRig(Action<WearableOptions>? configure = null, Dictionary<string, string>? devices = null, Func<RecordingEdgeLink, IEdgeLink>? link = null)
    {
        Options = new WearableOptions
        {
            Devices = devices ?? new() { [StrapAdv] = "C0:FF:EE:00:11:22" },
            ConnectOnlyWhenHeard = false,
            ReconnectMinMs = 2_000,
            ReconnectMaxMs = 60_000,
        };
        configure?.Invoke(Options);
        var agent = Microsoft.Extensions.Options.Options.Create(new AgentOptions { Store = "store-1", Device = "scanner-1", Wearables = Options });
        Roster = new WearableRoster(WearablesExtensions.Registered(Options));
        Connector = new ReplayAttConnector(Time);
        Connections = new WearableConnections(Roster, Connector, new WearableSampleWriter(link?.Invoke(Link) ?? Link, agent, Stats), Options, Time, Stats, NullLogger<WearableConnections>.Instance, Health, new Random(7));
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingEdgeLink Link { get; } = new();

    public WearableStats Stats { get; } = new();

    public ScenarioEdge.EdgeAgent.Health.AgentHealth Health { get; } = new();

    public WearableOptions Options { get; }

    public WearableRoster Roster { get; }

    public ReplayAttConnector Connector { get; }

    public WearableConnections Connections { get; }

    public void Run() => running = Connections.RunAsync(stop.Token);

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        Connections.Dispose();
    }
}
