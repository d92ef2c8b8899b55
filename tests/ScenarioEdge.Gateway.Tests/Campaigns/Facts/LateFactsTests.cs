using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// A second look when a live fact arrives after the scene: fay's phone judges her exercising near store-f (f-control
/// matches, f-exercise cannot: no heart rate yet), then her strap's heart rate arrives while the scene stays the
/// same. End to end over MQTT, event times on a clock the test moves.
/// </summary>
public sealed class LateFactsTests
{
    [Fact]
    public async Task HeartRateAfterThePhoneJudgedTheScene_SecondLook_SentOnceForTheSameTrigger()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await LiveFactsTests.StartAsync(time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = time.GetUtcNow().AddSeconds(-30);

        var control = await ExercisingAsync(gateway, signals, t0);
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));

        var sent = await DecisionApi.WaitForAsync(gateway, fay, "f-exercise", "sent");
        Assert.Equal(t0.UtcDateTime, sent.GetProperty("eventTime").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.True(sent.GetProperty("reevaluated").GetBoolean(), "the decision log says it was a second look");
        Assert.False(control.GetProperty("reevaluated").GetBoolean());

        // The fact again, then moving inside the band after the interval: looked at, nothing new.
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));
        await signals.HeartRateAsync("strap-fay", 155, t0.AddSeconds(11));
        await signals.HeartRateAsync("strap-fay", 160, t0.AddSeconds(17));
        await Eventually.TrueAsync(() => Looks(gateway, "nothing_new") == 2, "two more looks, nothing new");

        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-control"));
        Assert.Equal(1, Looks(gateway, "decided"));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Shopper == fay && p.Campaign == "f-exercise") == 1, "the second look's push");
        Assert.Equal(1, gateway.Database.Pushes.Count(p => p.Shopper == fay && p.Campaign == "f-exercise"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task StoreCapReached_FactsKeepMoving_OneCapRecordAndNothingMore()
    {
        var time = new ShiftedTimeProvider();
        var settings = new Dictionary<string, string?>(LiveFactsTests.Settings) { ["Gateway:Campaigns:Stores:store-f:MessagesPerDay"] = "1" };
        await using var gateway = await LiveFactsTests.StartAsync(settings, time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = time.GetUtcNow().AddSeconds(-30);

        await ExercisingAsync(gateway, signals, t0);
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));
        var capped = await DecisionApi.WaitForAsync(gateway, fay, "f-exercise", "suppressed");
        Assert.Equal("cap", capped.Text("reason"));
        Assert.True(capped.GetProperty("reevaluated").GetBoolean());

        // Suppressed for its cap, not its conditions: a fact that moves does not decide it again.
        for (var i = 1; i <= 3; i++)
        {
            await signals.HeartRateAsync("strap-fay", 150 + i, t0.AddSeconds(5 + (6 * i)));
        }

        await Eventually.TrueAsync(() => Looks(gateway, "nothing_new") == 3, "three more looks, nothing new");
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-control"));
        Assert.Equal(0, gateway.Database.Pushes.Count(p => p.Campaign == "f-exercise"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task FloodOfHeartRateSamples_LooksBoundedByTheInterval_OnePush()
    {
        const int Samples = 1000;
        var time = new ShiftedTimeProvider();
        await using var gateway = await LiveFactsTests.StartAsync(time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = time.GetUtcNow().AddSeconds(-60);
        await ExercisingAsync(gateway, signals, t0);

        // 1,000 samples over 50 s of event time: at most one look per 5 s (the default interval).
        for (var i = 0; i < Samples; i++)
        {
            await signals.HeartRateAsync("strap-fay", 140 + (i % 20), t0.AddSeconds(1).AddMilliseconds(50 * i));
        }

        var total = () => Looks(gateway, "decided") + Looks(gateway, "nothing_new") + Looks(gateway, "rate_limited");
        await Eventually.TrueAsync(() => total() == Samples, "every sample counted");
        var looks = Looks(gateway, "decided") + Looks(gateway, "nothing_new");
        Assert.InRange(looks, 2, 11);
        Assert.Equal(1, Looks(gateway, "decided"));
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "f-exercise") == 1, "one push");
        Assert.Contains($"se_campaign_reevaluations_total{{result=\"rate_limited\"}} {Samples - looks}", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ActivityConsentWithdrawn_LaterHeartRate_NoSecondLook()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await LiveFactsTests.StartAsync(time: time);
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = time.GetUtcNow().AddSeconds(-30);
        await ExercisingAsync(gateway, signals, t0);
        var late = gateway.App.Services.GetRequiredService<LateFactsReevaluation>();
        Assert.Equal(1, late.Count);

        using var app = new HttpClient { BaseAddress = gateway.HttpBase };
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token("fay"));
        using var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = false, noticeVersion = "2026-11" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await Eventually.TrueAsync(() => late.Count == 0, "fay's scene forgotten for second looks with her consent");
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(5));
        await Eventually.TrueAsync(() => gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoActivityConsent] >= 1, "the sample refused");

        Assert.Equal(0, Looks(gateway, "decided") + Looks(gateway, "nothing_new") + Looks(gateway, "rate_limited"));
        Assert.Empty(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        gateway.AssertNoErrorsLogged();
    }

    /// <summary>The phone, running 200 m from store-f, judges the scene: f-control sent, f-exercise not matched (no heart rate).</summary>
    internal static async Task<System.Text.Json.JsonElement> ExercisingAsync(GatewayFixture gateway, LiveSignalPublisher signals, DateTimeOffset at)
    {
        var fay = gateway.Shopper("fay");
        await signals.DistanceAsync("fay", LiveSignalPublisher.Store, 200, at, PhoneActivity.Running);
        var control = await DecisionApi.WaitForAsync(gateway, fay, "f-control", "sent");
        Assert.Equal(at.UtcDateTime, control.GetProperty("eventTime").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.Empty(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-exercise"));
        return control;
    }

    internal static long Looks(GatewayFixture gateway, string result) => gateway.Metrics.CampaignReevaluations[result];
}
