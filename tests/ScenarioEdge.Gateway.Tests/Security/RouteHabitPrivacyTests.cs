using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Scenes;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>The route habit is activity data: kept in LiteDB across restarts, exported, erased, and kept within retention.</summary>
public sealed class RouteHabitPrivacyTests
{
    // The rides are in November 2026 event time; retention runs on the wall clock and must not cut them here.
    private static readonly Dictionary<string, string?> LongRetention = new() { ["Retention:RawSignals"] = "3650.00:00:00" };

    [Fact]
    public async Task Restart_HabitKeptInLiteDb_NextWeekRideJudgedRegular()
    {
        var directory = Directory.CreateTempSubdirectory("se-habit-").FullName;
        string shopper;
        await using (var gateway = await GatewayFixture.StartAsync(settings: LongRetention, dataDirectory: directory))
        {
            shopper = (await PrivacyTests.RegisterAsync(gateway, ["presence", "activity"])).Id;
            await LearnWeekAsync(gateway, shopper);
            // Friday's ride changes the habit after the last snapshot: only the shutdown keeps it.
            await RideAsync(gateway, shopper, 4, 8);
            await Eventually.TrueAsync(() => Judged(gateway, shopper, 4, "regular trip: travelled at this time on 4 of the last 4 weekdays"), "Friday judged a regular trip");
            gateway.AssertNoErrorsLogged();
        }

        await using (var gateway = await GatewayFixture.StartAsync(settings: LongRetention, dataDirectory: directory))
        {
            await RideAsync(gateway, shopper, 7, 8);
            await Eventually.TrueAsync(() => Judged(gateway, shopper, 7, "regular trip: travelled at this time on 5 of the last 5 weekdays"), "next Monday judged by the kept habit");
        }
    }

    [Fact]
    public async Task WithdrawActivity_HabitErasedFromFileAndMemory()
    {
        var directory = Directory.CreateTempSubdirectory("se-habit-").FullName;
        await using (var gateway = await GatewayFixture.StartAsync(settings: LongRetention, dataDirectory: directory))
        {
            var shopper = await PrivacyTests.RegisterAsync(gateway, ["presence", "activity"]);
            await LearnWeekAsync(gateway, shopper.Id);
            await RideAsync(gateway, shopper.Id, 4, 8);
            await Eventually.TrueAsync(() => Judged(gateway, shopper.Id, 4, "regular trip"), "Friday's ride seen");
            using var app = AppClient(gateway, shopper.Token);

            var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = false, noticeVersion = "2026-11" });

            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
            Assert.False(gateway.Database.RouteHabits.Exists(h => h.Id == shopper.Id));
            // Granted again before shutdown: a live copy that was not forgotten would now be written back.
            Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = true, noticeVersion = "2026-11" })).StatusCode);
        }

        using var db = new GatewayDatabase(Path.Combine(directory, "scenarioedge.db"));
        Assert.Equal(0, db.RouteHabits.Count());
    }

    [Fact]
    public async Task ExportThenErase_HabitShownThenGoneForGood()
    {
        var directory = Directory.CreateTempSubdirectory("se-habit-").FullName;
        await using (var gateway = await GatewayFixture.StartAsync(settings: LongRetention, dataDirectory: directory))
        {
            var shopper = await PrivacyTests.RegisterAsync(gateway, ["presence", "activity"]);
            await LearnWeekAsync(gateway, shopper.Id);
            using var app = AppClient(gateway, shopper.Token);

            var export = await app.GetFromJsonAsync<JsonElement>("/api/app/me/export");

            var habit = export.GetProperty("data").GetProperty("routeHabits")[0];
            Assert.Equal(4, habit.GetProperty("observedDays").GetArrayLength());
            var trip = habit.GetProperty("trips").EnumerateArray().Single(t => t.GetProperty("slot").GetString() == "08:00-08:30");
            Assert.Equal(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"], trip.GetProperty("days").EnumerateArray().Select(d => d.GetString()));

            Assert.Equal(HttpStatusCode.NoContent, (await app.DeleteAsync("/api/app/me")).StatusCode);
            Assert.False(gateway.Database.RouteHabits.Exists(h => h.Id == shopper.Id));
        }

        using var db = new GatewayDatabase(Path.Combine(directory, "scenarioedge.db"));
        Assert.Equal(0, db.RouteHabits.Count());
    }

    [Fact]
    public void ExpireBefore_DaysOlderThanRetention_RemovedAndEmptyHabitsDeleted()
    {
        using var db = new GatewayDatabase(Path.Combine(Directory.CreateTempSubdirectory("se-habit-").FullName, "h.db"));
        var options = new SceneOptions();
        var tracker = new SceneTracker(options);
        Trips.History(tracker, "alice", 8, 0, 1, 2, 3);
        Trips.History(tracker, "bob", 8, 0);
        var snapshots = new List<RouteHabitSnapshot>();
        tracker.Habits.TakeChanged(0, snapshots, now: true);
        db.RouteHabits.InsertBulk(snapshots.Select(s => s.ToRecord()));
        var metrics = new GatewayMetrics();
        var engine = new SceneEngine(Options.Create(options), new SceneChangeDispatcher([], metrics, NullLogger<SceneChangeDispatcher>.Instance),
            new RouteHabitStore(db, new IdentityDirectory(db), NullLogger<RouteHabitStore>.Instance), Scenes.LiveSignalsBoundTests.Live(options), [], metrics, NullLogger<SceneEngine>.Instance);
        var holder = new RouteHabitDataHolder(db, engine, Options.Create(options));

        var removed = holder.ExpireBefore(Trips.Monday.AddDays(2).UtcDateTime);

        Assert.Equal(2, removed);
        Assert.Null(db.RouteHabits.FindById("bob"));
        var alice = Assert.Single(holder.Export("alice")) as RouteHabitExport;
        Assert.Equal(["2026-11-18", "2026-11-19"], alice!.ObservedDays);
        Assert.Equal(["2026-11-18", "2026-11-19"], alice.Trips.Single().Days);
        Assert.Equal(0, holder.ExpireBefore(Trips.Monday.AddDays(2).UtcDateTime));
    }

    /// <summary>Rides Monday to Thursday at 8:00, then a tick of event time, which snapshots the habit into LiteDB.</summary>
    private static async Task LearnWeekAsync(GatewayFixture gateway, string shopper)
    {
        for (var day = 0; day < 4; day++)
        {
            await RideAsync(gateway, shopper, day, 8);
        }

        await gateway.App.Services.GetRequiredService<SceneEngine>().TickAsync("s1", Trips.Monday.AddDays(3).AddHours(9), CancellationToken.None);
        await Eventually.TrueAsync(() => gateway.Database.RouteHabits.Exists(h => h.Id == shopper), "the habit in LiteDB");
    }

    private static async Task RideAsync(GatewayFixture gateway, string shopper, int day, double hour)
    {
        var engine = gateway.App.Services.GetRequiredService<SceneEngine>();
        foreach (var signal in Trips.Ride(shopper, day, hour, minutes: 5))
        {
            await engine.ObserveAsync(signal, CancellationToken.None);
        }
    }

    private static bool Judged(GatewayFixture gateway, string shopper, int day, string reason)
    {
        var from = Trips.Monday.AddDays(day).UtcDateTime;
        return gateway.Database.Scenes.Find(s => s.Shopper == shopper && s.At >= from)
            .Any(s => s.Reasons.Any(r => r.StartsWith(reason, StringComparison.Ordinal)));
    }

    private static HttpClient AppClient(GatewayFixture gateway, string token)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
