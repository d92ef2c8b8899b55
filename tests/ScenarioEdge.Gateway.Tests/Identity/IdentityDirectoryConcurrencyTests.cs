using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.Gateway.Tests.Identity;

public sealed class IdentityDirectoryConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Readers keep reading while consent flips in quick bursts: a build that read LiteDB before a change and finished
    /// after it must not answer any read made once the change returned. The scene cache before the directory installed
    /// such a snapshot, and the withdrawal went unseen until the next change (12 of 100 bursts here).
    /// </summary>
    [Fact]
    public async Task Changed_WhileReadersBuild_ReadsAfterTheChangeNeverSeeAnOlderSnapshot()
    {
        using var store = new IdentityStore();
        for (var i = 0; i < 300; i++)
        {
            store.Database.Shoppers.Insert(new ShopperRecord { Id = $"s{i}", Installs = [$"i{i}"], TokenKey = new byte[16], Consents = ["presence"], Wearables = [$"w{i}"] });
        }

        store.Register("alice", "presence", "offers");
        using var stop = new CancellationTokenSource();
        var reads = new long[3];
        var readers = Enumerable.Range(0, reads.Length).Select(n => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                _ = SceneModels.Of(store.Directory.Current).Store("store-1");
                Interlocked.Increment(ref reads[n]);
            }
        })).ToList();
        var stale = 0;

        for (var burst = 0; burst < 100; burst++)
        {
            var granted = burst % 2 == 1;
            foreach (var flip in new[] { !granted, granted, !granted, granted })
            {
                store.Consent("alice", ConsentPurposes.Presence, flip);
            }

            // Every reader finishes the read it was in (perhaps a build begun before the last change) and one more.
            var mark = reads.Select(r => r).ToArray();
            while (Enumerable.Range(0, reads.Length).Any(n => Interlocked.Read(ref reads[n]) < mark[n] + 2))
            {
                Thread.Yield();
            }

            stale += store.Directory.Current.ByWearable("hr-alice")!.HasConsent(ConsentPurposes.Presence) == granted ? 0 : 1;
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, stale);
    }

    [Fact]
    public void Lookups_SteadyState_AllocateNothing()
    {
        using var store = new IdentityStore();
        var keys = new List<byte[]>();
        for (var i = 0; i < 1000; i++)
        {
            keys.Add(store.Register($"s{i}", "presence", "offers").TokenKey);
        }

        var tokens = keys.Take(20).Select(k => ShopperTokens.TokenHex(k, Now)).ToArray();
        const string topic = "se/v1/stores/store-1/devices/door-1/sightings";
        var found = Lookups(store.Directory, tokens, topic.AsSpan(13, 7), topic.AsSpan(29, 6));
        Assert.Equal(20 * 7, found);

        var allocated = Allocations.LeastPerBatch(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                found += Lookups(store.Directory, tokens, topic.AsSpan(13, 7), topic.AsSpan(29, 6));
            }
        });

        Assert.Equal(0, allocated);
    }

    private static int Lookups(IdentityDirectory directory, string[] tokens, ReadOnlySpan<char> storeId, ReadOnlySpan<char> device)
    {
        var found = 0;
        foreach (var token in tokens)
        {
            // What one sighting costs, from the topic's spans to the scene engine's layout.
            var snapshot = directory.Current;
            var shopper = snapshot.Resolve(token, Now);
            found += shopper is null ? 0 : 1;
            found += snapshot.TryGetDevice(storeId, device, out _) ? 1 : 0;
            found += snapshot.TryGetInstall("app-s7", out _) ? 1 : 0;
            found += snapshot.Shopper(shopper!.ShopperId) is null ? 0 : 1;
            found += snapshot.ByWearable("hr-s3") is null ? 0 : 1;
            var scenes = SceneModels.Of(snapshot);
            found += scenes.Store("store-1") is null ? 0 : 1;
            found += scenes.Beacon("ibeacon:b1") is null ? 0 : 1;
        }

        return found;
    }
}
