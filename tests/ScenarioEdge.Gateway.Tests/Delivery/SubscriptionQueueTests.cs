using ScenarioEdge.Gateway.Delivery;

namespace ScenarioEdge.Gateway.Tests.Delivery;

/// <summary>
/// An app that floods SUBSCRIBEs to its push topic costs one lookup of its undelivered pushes, not one per packet
/// (the queue used to hold every subscription: unbounded, and a LiteDB read each); and no subscription is lost: the
/// latest one of every install is always looked up after it was made.
/// </summary>
public sealed class SubscriptionQueueTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Add_TenThousandSubscriptionsOfOneApp_OneLookupAtTheLatestTime()
    {
        var queue = new SubscriptionQueue();

        for (var i = 0; i < 10_000; i++)
        {
            queue.Add("app-flood", T0.AddMilliseconds(i));
        }

        queue.Add("app-quiet", T0);
        Assert.Equal(2, queue.Waiting);
        queue.Complete();
        var taken = await Drain(queue);
        Assert.Equal([("app-flood", T0.AddMilliseconds(9_999)), ("app-quiet", T0)], taken);
        Assert.Equal(0, queue.Waiting);
    }

    [Fact]
    public async Task Add_SubscriptionOlderThanTheOneWaiting_KeepsTheLatest()
    {
        var queue = new SubscriptionQueue();

        queue.Add("app-a", T0.AddSeconds(5));
        queue.Add("app-a", T0);
        queue.Complete();

        Assert.Equal([("app-a", T0.AddSeconds(5))], await Drain(queue));
    }

    [Fact]
    public async Task Add_AfterTheLookupWasTaken_QueuedAgain()
    {
        var queue = new SubscriptionQueue();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var reader = queue.ReadAllAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);

        queue.Add("app-a", T0);
        Assert.True(await reader.MoveNextAsync());
        queue.Add("app-a", T0.AddSeconds(1));

        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(("app-a", T0.AddSeconds(1)), reader.Current);
    }

    [Fact]
    public async Task Add_ManyConnectionsWhileTheLookupsRun_EveryInstallsLatestSubscriptionLookedUp()
    {
        const int Installs = 50;
        var queue = new SubscriptionQueue();
        var latestAdded = new long[Installs];
        var latestTaken = new long[Installs];
        var lookups = 0;
        var consumer = Task.Run(async () =>
        {
            await foreach (var (install, at) in queue.ReadAllAsync(CancellationToken.None))
            {
                var i = int.Parse(install.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
                latestTaken[i] = Math.Max(latestTaken[i], at.Ticks);
                lookups++;
            }
        });

        await Parallel.ForAsync(0, 8, async (producer, _) =>
        {
            var random = new Random(producer);
            for (var n = 0; n < 5_000; n++)
            {
                var i = random.Next(Installs);
                var at = T0.AddTicks(random.Next(1, 1_000_000));
                InterlockedMax(ref latestAdded[i], at.Ticks);
                queue.Add($"app-{i}", at);
                if (n % 500 == 0)
                {
                    await Task.Yield();
                }
            }
        });
        queue.Complete();
        await consumer;

        Assert.Equal(latestAdded, latestTaken);
        Assert.InRange(lookups, Installs, 40_000);
        Assert.Equal(0, queue.Waiting);
    }

    private static async Task<List<(string, DateTime)>> Drain(SubscriptionQueue queue)
    {
        var taken = new List<(string, DateTime)>();
        await foreach (var item in queue.ReadAllAsync(CancellationToken.None))
        {
            taken.Add(item);
        }

        return taken;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen)
        {
            seen = now;
        }
    }
}
