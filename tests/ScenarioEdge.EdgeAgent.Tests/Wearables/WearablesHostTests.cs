using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.EdgeAgent.Wearables;
using ScenarioEdge.EdgeAgent.Wearables.Transport;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

public class WearablesHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Host_RegisteredStrapAdvertisesNearTheScanner_ItsNotificationsArePublishedAsWearables()
    {
        var time = new FakeTimeProvider(WearableRig.Start);
        var link = new RecordingEdgeLink();
        var connector = new ReplayAttConnector(time).Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 16 48 B203"]));
        // The strap advertises the Heart Rate service (flags, 16-bit service UUID list 0x180D) with a public address;
        // a stranger advertises too and is never connected.
        var advert = Convert.FromHexString("020106" + "03030D18");
        var scanner = new ReplayHciScanner(
        [
            HciFrames.LegacyReport(new HciFrames.Report(0xAABBCCDDEEFF, 0, -60, advert)),
            HciFrames.LegacyReport(new HciFrames.Report(WearableRig.Strap, 0, -70, advert)),
        ]);
        var settings = AgentHost.Settings(AgentHost.TempDirectory());
        settings["Agent:Wearables:Devices:hr-strap-7"] = "C0:FF:EE:00:11:22";
        var builder = AgentHost.CreateBuilder(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddBleScanning();
        builder.AddWearables();
        builder.Services.AddSingleton<IEdgeLink>(link);
        builder.Services.AddSingleton<IBleScanner>(scanner);
        builder.Services.AddSingleton<IAttConnector>(connector);
        using var host = builder.Build();

        await host.StartAsync();
        var message = await NextWearableAsync(link).WaitAsync(Timeout);
        await host.StopAsync();

        var sample = ProtocolCodec.Decode<WearableSample>(message.Payload);
        Assert.True(sample.Ok, sample.Error);
        Assert.Equal(("hr-strap-7", 72, WearableRig.Start), (sample.Value!.Adv, sample.Value.HeartRateBpm!.Value, sample.Value.Ts));
        Assert.Equal(Topics.Wearables("store-1", "scanner-1"), message.Topic);
        Assert.All(connector.Calls, c => Assert.Equal(WearableRig.Strap, c.Address.Value));
    }

    [Fact]
    public void Host_BadWearableConfig_FailsAtStartNamingTheKey()
    {
        var settings = AgentHost.Settings(AgentHost.TempDirectory());
        settings["Agent:Wearables:Devices:hr-strap-7"] = "C0:FF:EE:00:11";
        var builder = AgentHost.CreateBuilder(settings);
        builder.AddBleScanning();
        builder.AddWearables();
        using var host = builder.Build();

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AgentOptions>>().Value);

        Assert.Contains("Agent:Wearables:Devices:hr-strap-7", error.Message, StringComparison.Ordinal);
    }

    private static async Task<OutboxMessage> NextWearableAsync(RecordingEdgeLink link)
    {
        while (true)
        {
            var next = link.NextAsync();
            if (link.Messages.FirstOrDefault(m => m.Class == OutboxClass.Wearables) is { } already)
            {
                return already;
            }

            var message = await next;
            if (message.Class == OutboxClass.Wearables)
            {
                return message;
            }
        }
    }
}
