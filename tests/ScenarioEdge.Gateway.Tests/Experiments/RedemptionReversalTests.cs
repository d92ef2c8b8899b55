using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Purchases;
using static ScenarioEdge.Gateway.Tests.Experiments.VersionRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The funnel counts net redemptions: a till's reversal takes the journey back out of redeemed, a replayed reversal
/// changes nothing more, a restart keeps it, a redemption after the reversal counts once; another store's till, an
/// unknown redemption and another campaign's code move nothing.
/// </summary>
public sealed class RedemptionReversalTests
{
    private const string Requests = "se/v1/stores/store-p/devices/till-1/redemptions";

    [Fact]
    public async Task Reversal_TakesTheJourneyOutOfRedeemed_ReplayAndRestartKeepIt_RedeemedAgainCountsOnce()
    {
        var data = Directory.CreateTempSubdirectory("se-reversal-").FullName;
        var otherStore = OtherStoreScenario();
        string code, first, user, password;
        var time = new ShiftedTimeProvider();
        await using (var gateway = await StartAsync(time, data, otherStore))
        {
            await PosRig.DefineCouponAsync(gateway);
            await CreateAsync(gateway, Drinks("x-cpn", extra: ", couponRef: drink-1"), "x-cpn");
            new ScenePlayer(gateway, gateway.Shopper("alice"), "store-p").Enter("entrance", time.GetUtcNow().AddSeconds(-30));
            await Eventually.TrueAsync(() => gateway.Database.CouponIssues.Count(c => c.Campaign == "x-cpn") == 1, "the coupon sent");
            code = gateway.Database.CouponIssues.FindOne(c => c.Campaign == "x-cpn").Id;
            await using var mqtt = await gateway.ConnectAsync("till-1");
            await mqtt.PublishAsync(Requests, PosRig.Redemption("q-1", code, "r-1/line-1"));
            await Eventually.TrueAsync(() => Redeemed(gateway) == 1, "the redemption in the funnel");
            first = gateway.Database.Redemptions.FindOne(r => r.Code == code).Id;
            using var till = PosRig.DeviceClient(gateway, "till-1");
            // A restarted gateway keeps the till's secret (the fixture learns only new ones): the till logs in with it.
            (user, password) = gateway.Credentials.For("till-1")!.Value;

            using var reversed = await ReverseAsync(till, "store-p", first);
            Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
            Assert.Equal(0, Redeemed(gateway));
            using var replayed = await ReverseAsync(till, "store-p", first);
            Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
            Assert.Equal(0, Redeemed(gateway));
            gateway.AssertNoErrorsLogged();
        }

        await using (var gateway = await StartAsync(time, data, otherStore))
        {
            Assert.Equal(0, Redeemed(gateway));
            await using var mqtt = await TestMqtt.ConnectAsync(gateway.MqttPort, "till-1", user, password);
            using var till = new HttpClient { BaseAddress = gateway.HttpBase };
            till.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
            using var replayedAfterRestart = await ReverseAsync(till, "store-p", first);
            Assert.Equal(HttpStatusCode.OK, replayedAfterRestart.StatusCode);
            Assert.Equal(0, Redeemed(gateway));

            await mqtt.PublishAsync(Requests, PosRig.Redemption("q-2", code, "r-2/line-1"));
            await Eventually.TrueAsync(() => Redeemed(gateway) == 1, "the redemption after the reversal");
            var again = gateway.Journeys("x-cpn").Single().RedeemedAt!.Value;
            var second = gateway.Database.Redemptions.FindOne(r => r.Code == code && r.ReversedAt == null && r.Refusal == null).Id;
            // The old reversal replayed once more reverses nothing new: the second redemption stands.
            using var oldReplayed = await ReverseAsync(till, "store-p", first);

            Assert.Equal(HttpStatusCode.OK, oldReplayed.StatusCode);
            Assert.Equal(1, Redeemed(gateway));
            Assert.Equal(again, gateway.Journeys("x-cpn").Single().RedeemedAt!.Value);
            Assert.NotEqual(first, second);
            gateway.AssertNoErrorsLogged();
        }
    }

    [Fact]
    public async Task Reversal_AnotherStoresTill_UnknownRedemption_AnotherCampaignsCode_MoveNothing()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(time, null, OtherStoreScenario());
        await PosRig.DefineCouponAsync(gateway);
        await CreateAsync(gateway, Drinks("x-cpn", extra: ", couponRef: drink-1"), "x-cpn");
        new ScenePlayer(gateway, gateway.Shopper("alice"), "store-p").Enter("entrance", time.GetUtcNow().AddSeconds(-30));
        await Eventually.TrueAsync(() => gateway.Database.CouponIssues.Count(c => c.Campaign == "x-cpn") == 1, "the coupon sent");
        var code = gateway.Database.CouponIssues.FindOne(c => c.Campaign == "x-cpn").Id;
        // A code of the same coupon another campaign issued to alice, redeemed at the same till.
        var others = PosRig.Issue(gateway, gateway.Shopper("alice"));
        using var till = PosRig.DeviceClient(gateway, "till-1");
        using var redeemed = await PosRig.RedeemAsync(till, "store-p", code, "r-1/line-1");
        using var otherRedeemed = await PosRig.RedeemAsync(till, "store-p", others, "r-1/line-2");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (redeemed.StatusCode, otherRedeemed.StatusCode));
        await Eventually.TrueAsync(() => Redeemed(gateway) == 1, "the redemption in the funnel");
        var id = gateway.Database.Redemptions.FindOne(r => r.Code == code).Id;
        var otherId = gateway.Database.Redemptions.FindOne(r => r.Code == others).Id;
        using var foreignTill = PosRig.DeviceClient(gateway, "till-q");

        using var asOwnStore = await ReverseAsync(foreignTill, "store-q", id);
        using var asOtherStore = await ReverseAsync(foreignTill, "store-p", id);
        using var unknown = await ReverseAsync(till, "store-p", "0000000000000000000000000000000a");
        using var otherCampaign = await ReverseAsync(till, "store-p", otherId);

        Assert.Equal(HttpStatusCode.NotFound, asOwnStore.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asOtherStore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherCampaign.StatusCode);
        Assert.Null(gateway.Database.CouponIssues.FindById(others).RedeemedAt);
        Assert.Equal(1, Redeemed(gateway));
        Assert.NotNull(gateway.Database.CouponIssues.FindById(code).RedeemedAt);
        gateway.AssertNoErrorsLogged();
    }

    /// <summary>Units redeemed in x-cpn's report (the journeys as written, pending stages included).</summary>
    private static long Redeemed(GatewayFixture gateway) =>
        gateway.App.Services.GetRequiredService<ExperimentReports>().Build("x-cpn", null, null, null, FunnelStage.Redeemed)!
            .Arms.Sum(a => a.Stages.Single(s => s.Stage == FunnelStage.Redeemed).Units);

    private static Task<HttpResponseMessage> ReverseAsync(HttpClient till, string store, string redemption) =>
        till.PostAsync(new Uri($"/api/stores/{store}/redemptions/{redemption}/reversal", UriKind.Relative), null);

    /// <summary>A second store with a till of its own (till-q), written for the test.</summary>
    private static string OtherStoreScenario()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("se-store-q-").FullName, "store-q.yaml");
        File.WriteAllText(path, """
            name: store-q
            seed: 5
            durationS: 5
            store:
              id: store-q
              name: Other till store
              zones:
                - { id: checkout, name: Checkout, x: 0, y: 0 }
              scanners:
                - { device: q-checkout, zone: checkout, x: 1.5, y: 0 }
              pos:
                - { device: till-q, zone: checkout, x: 1, y: 1 }
            shoppers: []
            """);
        return path;
    }
}
