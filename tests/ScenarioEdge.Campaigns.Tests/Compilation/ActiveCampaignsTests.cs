using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Campaigns.Tests.Support;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Compilation;

public sealed class ActiveCampaignsTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();

    [Fact]
    public void ActivateAndDeactivate_NewSnapshot_OldSnapshotUnchanged()
    {
        var active = new ActiveCampaigns(_catalog);
        var a = Compile(Minimal("a", "{kind: storeEntered}"));

        var before = active.Current;
        var after = active.Activate(a);

        Assert.Empty(before.ById);
        Assert.Same(after, active.Current);
        Assert.Contains("a", after.ById.Keys);
        Assert.Empty(active.Deactivate("a").ById);
        Assert.Contains("a", after.ById.Keys);
    }

    [Fact]
    public void Activate_NewVersion_ReplacesTheOldOne()
    {
        var active = new ActiveCampaigns(_catalog);
        active.Activate(Compile(Minimal("a", "{kind: storeEntered}")));

        var set = active.Activate(Compile(Minimal("a", "{kind: storeEntered}").Replace("version: 1", "version: 2", StringComparison.Ordinal)));

        Assert.Equal(2, Assert.Single(set.ById.Values).Version);
        var matches = new List<CompiledCampaign>();
        set.Match(Fact(TriggerKind.StoreEntered), matches);
        Assert.Equal(2, Assert.Single(matches).Version);
    }

    [Fact]
    public async Task Replace_ConcurrentReaders_SeeBothCampaignsOrNeither()
    {
        var active = new ActiveCampaigns(_catalog);
        var pair = new[] { Compile(Minimal("a", "{kind: storeEntered}")), Compile(Minimal("b", "{kind: storeEntered}")) };
        var torn = 0;
        var seenBoth = 0;
        var seenNone = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var matches = new List<CompiledCampaign>();
            var fact = Fact(TriggerKind.StoreEntered);
            while (!stop.IsCancellationRequested)
            {
                matches.Clear();
                active.Current.Match(fact, matches);
                if (matches.Count == 1)
                {
                    Interlocked.Increment(ref torn);
                }
                else if (matches.Count == 2)
                {
                    Interlocked.Increment(ref seenBoth);
                }
                else
                {
                    Interlocked.Increment(ref seenNone);
                }
            }
        })).ToArray();

        // Swap until the readers have seen both states many times (on a busy machine they may start late).
        for (var i = 0; i < 2_000 || Volatile.Read(ref seenBoth) < 100 || Volatile.Read(ref seenNone) < 100; i++)
        {
            Assert.True(i < 10_000_000, "readers never ran");
            // Both campaigns go live and pause together: a reader must never see one without the other.
            active.Replace(i % 2 == 0 ? pair : []);
            await Task.Yield();
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, torn);
        Assert.True(seenBoth >= 100 && seenNone >= 100);
    }
}
