using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Observability;

/// <summary>Refusals are logged as summaries per client and reason, never one line each; metrics count every one.</summary>
public sealed class RefusalLogTests
{
    private const string ValidBatch = """{"v":1,"id":"ok-1","ts":"2026-11-24T08:00:00Z","sightings":[]}""";

    [Fact]
    public async Task Publish_FloodOfRefusedMessages_FewLinesNamingClientReasonAndCount()
    {
        const int flood = 1_500;
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");

        await Task.WhenAll(Enumerable.Range(0, flood).Select(i => device.PublishAsync("se/v1/stores/store-w/devices/door-1/nonsense", ValidBatch)));
        var linesDuringFlood = RefusalLines(gateway.Logs);
        gateway.App.Services.GetRequiredService<RefusalLog>().Flush();

        var rejected = gateway.Metrics.Rejected["unknown_topic"] + gateway.Metrics.Rejected["rate_limited"];
        Assert.Equal(flood, rejected);
        Assert.InRange(linesDuringFlood.Count, 1, 4);
        var summary = Assert.Single(RefusalLines(gateway.Logs), l => l.StartsWith("Refused 1,500 in the last", StringComparison.Ordinal));
        Assert.Contains($"door-1 unknown_topic {gateway.Metrics.Rejected["unknown_topic"].ToString("N0", CultureInfo.InvariantCulture)} (message se/v1/stores/store-w/devices/door-1/nonsense: topic", summary, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public void Refused_FloodOfDistinctClients_MemoryAndLinesBounded()
    {
        var (refusals, logs, _) = Create();

        for (var i = 0; i < 50_000; i++)
        {
            refusals.Refused($"intruder-{i}", "login_failed", "MQTT login", "nobody from 10.0.0.9", "unknown user");
        }

        Assert.Equal(RefusalLog.MaxTracked + 1, refusals.TrackedPairs);
        refusals.Flush();
        Assert.Equal(RefusalLog.MaxPromptLines + 1, logs.Warnings.Count());
        var summary = logs.Warnings.Last();
        Assert.StartsWith("Refused 50,000 in the last", summary, StringComparison.Ordinal);
        Assert.Contains($"{RefusalLog.OtherClients} login_failed 49,000 (MQTT login nobody from 10.0.0.9: unknown user)", summary, StringComparison.Ordinal);
        Assert.Contains("and 991 more client/reason pairs with 991", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_EveryPeriodAndAtShutdown_SummaryWrittenAndIdlePairsReportedAsNewAgain()
    {
        var (refusals, logs, time) = Create();
        await refusals.StartAsync(CancellationToken.None);

        refusals.Refused("door-1", "unknown_topic", "message", "a/b", "not an uplink");
        refusals.Refused("door-1", "unknown_topic", "message", "a/c", "not an uplink");
        Assert.Equal("Refused message from client door-1: unknown_topic: a/b: not an uplink (repeats are summarised every 10 s)", Assert.Single(logs.Warnings));

        time.Advance(RefusalLog.Period);
        await Eventually.TrueAsync(() => logs.Warnings.Count() == 2, "the periodic summary");
        Assert.Equal("Refused 2 in the last 10 s: door-1 unknown_topic 2 (message a/b: not an uplink)", logs.Warnings.Last());

        // A quiet period retires the pair; its next refusal is news again.
        time.Advance(RefusalLog.Period);
        await Eventually.TrueAsync(() => refusals.TrackedPairs == 0, "the idle pair to be retired");
        refusals.Refused("door-1", "unknown_topic", "message", "a/d", "not an uplink");
        Assert.Contains("a/d", logs.Warnings.Last(), StringComparison.Ordinal);

        refusals.Refused("door-1", "unknown_topic", "message", "a/e", "not an uplink");
        await refusals.StopAsync(CancellationToken.None);
        Assert.StartsWith("Refused 2 in the last", logs.Warnings.Last(), StringComparison.Ordinal);
        Assert.Equal(4, logs.Warnings.Count());
    }

    [Fact]
    public async Task Refused_ConcurrentWithFlushes_EveryRefusalInSomeSummary()
    {
        var (refusals, logs, _) = Create();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                refusals.Refused($"client-{i % 3}", "rate_limited", "message", "t", "slow down");
            }
        })).ToArray();
        while (!writers.All(w => w.IsCompleted))
        {
            refusals.Flush();
            await Task.Yield();
        }

        refusals.Flush();
        var total = logs.Warnings.Where(w => w.StartsWith("Refused ", StringComparison.Ordinal) && w.Contains(" in the last ", StringComparison.Ordinal))
            .Sum(w => long.Parse(w["Refused ".Length..w.IndexOf(" in the last", StringComparison.Ordinal)], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(400_000, total);
    }

    private static List<string> RefusalLines(LogCollector logs) =>
        [.. logs.Entries.Where(e => e.Category == typeof(RefusalLog).FullName).Select(e => e.Message)];

    private static (RefusalLog Refusals, LogCollector Logs, FakeTimeProvider Time) Create()
    {
        var logs = new LogCollector();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
#pragma warning disable CA2000 // The factory only hands out loggers of the collector, which the test owns.
        var factory = new LoggerFactory([logs]);
#pragma warning restore CA2000
        return (new RefusalLog(time, factory.CreateLogger<RefusalLog>()), logs, time);
    }
}
