using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Scenes;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// The second look attacked: the same occurrence decided again after its memory is gone (while the send waits for
/// the writer, and after a restart), and the cost of a look that finds nothing new.
/// </summary>
public sealed class LateFactsAbuseTests
{
    [Fact]
    public async Task SentOnASecondLook_SameOccurrenceAgainWithoutItsMemory_DuplicateInTheWriteWindowAndAfterRestart()
    {
        var data = Directory.CreateTempSubdirectory("se-gw-late-").FullName;
        var time = new ShiftedTimeProvider();
        // A long write delay: the send below is still unwritten when the same occurrence comes again.
        var settings = new Dictionary<string, string?>(LiveFactsTests.Settings) { ["Gateway:Campaigns:WriteDelay"] = "00:00:30" };
        var t0 = time.GetUtcNow().AddSeconds(-30);
        string fay;
        TriggerFact again;
        await using (var first = await LiveFactsTests.StartAsync(settings, data, time: time))
        {
            fay = first.Shopper("fay");
            await using var signals = new LiveSignalPublisher(first);
            await LateFactsTests.ExercisingAsync(first, signals, t0);
            await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));
            await Eventually.TrueAsync(() => first.Database.Pushes.Count(p => p.Campaign == "f-exercise") == 1, "the second look's push");
            Assert.DoesNotContain("f-exercise", first.Database.CampaignState.FindById(fay)?.Limits ?? "", StringComparison.Ordinal);

            // As a second look that lost what it decided would raise it: the runtime's own sends (WasSentFor) stop it.
            again = TriggerFact.Create(TriggerKind.SceneEntered, t0, fay, LiveSignalPublisher.Store) with
            {
                Scene = SceneState.Exercising,
                Confidence = 0.9,
                HeartRateReserve = 69.2,
                DistanceToStoreM = 200,
            };
            Assert.True(first.App.Services.GetRequiredService<CampaignTriggers>().Reevaluate(again, 0, []));
            var duplicate = await DecisionApi.WaitForAsync(first, fay, "f-exercise", "suppressed");
            Assert.Equal("duplicate", duplicate.Text("reason"));
            first.AssertNoErrorsLogged();
        }

        await using var second = await LiveFactsTests.StartAsync(settings, data, seeded: false, time: time);
        Assert.True(second.App.Services.GetRequiredService<CampaignTriggers>().Reevaluate(again, 0, []));
        await Eventually.TrueAsync(
            async () => (await LiveFactsTests.DecisionsOfAsync(second, fay, "f-exercise")).Count(d => d.Text("reason") == "duplicate") == 2,
            "the same occurrence refused again after the restart");
        Assert.Equal(1, second.Database.Pushes.Count(p => p.Campaign == "f-exercise"));
        Assert.Equal(1, second.Database.Pushes.Count(p => p.Campaign == "f-control"));
        second.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("01:00:00")]
    public async Task ReevaluationInterval_OutOfRange_RefusesToStartNamingTheKey(string interval)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(
            settings: new Dictionary<string, string?> { ["Gateway:Campaigns:ReevaluationInterval"] = interval }));

        Assert.Contains("ReevaluationInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondLookFindingNothingNew_RecordsAndAllocatesNothing()
    {
        const int Looks = 10_000;
        var time = new ShiftedTimeProvider();
        await using var gateway = await LiveFactsTests.StartAsync(time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = time.GetUtcNow().AddSeconds(-30);
        await LateFactsTests.ExercisingAsync(gateway, signals, t0);
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));
        await DecisionApi.WaitForAsync(gateway, fay, "f-exercise", "sent");

        // Each sample a new heart rate, each past the interval: every one is looked at, none matches anything new.
        var live = gateway.App.Services.GetRequiredService<LiveSignals>();
        var late = gateway.App.Services.GetRequiredService<LateFactsReevaluation>();
        var profile = new ShopperProfile(fay, System.Collections.Frozen.FrozenSet<string>.Empty, ["strap-fay"], 60, 190);
        var samples = Enumerable.Range(0, Looks + 1)
            .Select(i => SceneSignals.Wearable(profile, new WearableSample { Id = "w", Ts = t0.AddSeconds(10 + (6 * i)), Adv = "strap-fay", Profile = WearableProfile.HeartRate, HeartRateBpm = 150 + (i % 7) }, null, 0))
            .ToArray();
        live.Observe(samples[0]);
        late.OnLiveFacts(samples[0]);
        var before = LateFactsTests.Looks(gateway, "nothing_new");

        // The look alone is measured: taking the reading in is LiveSignals' (0 B per signal, its own test), and its
        // sweep's enumerator, once per minute of event time, is allocated there (16 h of event time pass here). The
        // looks are split into runs and the quietest run is asserted (see Allocations); a look that allocates does
        // so in every run.
        const int PerRun = Looks / Allocations.Runs;
        var allocated = Allocations.LeastOfRuns(run =>
        {
            var inRun = 0L;
            for (var i = 1 + (run * PerRun); i <= (run + 1) * PerRun; i++)
            {
                live.Observe(samples[i]);
                var lookStart = GC.GetAllocatedBytesForCurrentThread();
                late.OnLiveFacts(samples[i]);
                inRun += GC.GetAllocatedBytesForCurrentThread() - lookStart;
            }

            return inRun;
        });

        Assert.Equal(0, allocated);
        Assert.Equal(Looks, LateFactsTests.Looks(gateway, "nothing_new") - before);
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-control"));
        gateway.AssertNoErrorsLogged();
    }
}
