using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Tests.Identity;

public sealed class IdentityDirectoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Current_OneSnapshotAnswersDevicesInstallsTokensWearablesAndStores()
    {
        using var store = new IdentityStore();
        var alice = store.Register("alice", "presence", "offers");

        var snapshot = store.Directory.Current;

        Assert.True(snapshot.TryGetDevice("store-1", "door-1", out var door));
        Assert.Equal("entrance", door.Zone);
        Assert.False(snapshot.TryGetDevice("store-1", "door-9", out _));
        Assert.False(snapshot.TryGetDevice("store-9", "door-1", out _));
        Assert.True(snapshot.TryGetInstall("app-alice", out var install));
        Assert.Equal(("app-alice", "alice"), (install.Install, install.Shopper.ShopperId));
        Assert.Same(install.Shopper, snapshot.Shopper("alice"));
        Assert.Same(install.Shopper, snapshot.ByWearable("hr-alice"));
        Assert.Same(install.Shopper, snapshot.Resolve(ShopperTokens.TokenHex(alice.TokenKey, Now), Now));
        Assert.True(install.Shopper.HasConsent(ConsentPurposes.Offers));
        Assert.False(install.Shopper.HasConsent(ConsentPurposes.Activity));
        var scenes = SceneModels.Of(snapshot);
        Assert.Equal(2, scenes.Store("store-1")!.Zones.Length);
        Assert.Equal("aisle", scenes.Beacon("ibeacon:b1")!.Zone);
        Assert.Equal("alice", scenes.Profile(install.Shopper).Id);
    }

    [Fact]
    public void Resolve_TokenOfTheNeighbouringPeriods_FoundOtherwiseNot()
    {
        using var store = new IdentityStore();
        var alice = store.Register("alice", "presence");
        var snapshot = store.Directory.Current;
        var period = TimeSpan.FromSeconds(ShopperTokens.RotationSeconds);

        Assert.NotNull(snapshot.Resolve(ShopperTokens.TokenHex(alice.TokenKey, Now - period), Now));
        Assert.NotNull(snapshot.Resolve(ShopperTokens.TokenHex(alice.TokenKey, Now + period), Now));
        Assert.Null(snapshot.Resolve(ShopperTokens.TokenHex(alice.TokenKey, Now + (2 * period)), Now));
        Assert.Null(snapshot.Resolve("00112233445566778899aabbccddeeff", Now));
    }

    [Fact]
    public void Changed_ConsentWithdrawn_NextReadHasItAndTheOldSnapshotStaysAsItWas()
    {
        using var store = new IdentityStore();
        store.Register("alice", "presence", "offers");
        var before = store.Directory.Current;

        store.Consent("alice", ConsentPurposes.Presence, granted: false);
        var after = store.Directory.Current;

        Assert.False(after.Shopper("alice")!.HasConsent(ConsentPurposes.Presence));
        Assert.False(after.ByWearable("hr-alice")!.HasConsent(ConsentPurposes.Presence));
        Assert.True(after.Generation > before.Generation);
        Assert.Equal(store.Directory.Generation, after.Generation);
        Assert.True(before.Shopper("alice")!.HasConsent(ConsentPurposes.Presence), "a snapshot is immutable: a reader holding it is never half-updated");
    }

    [Fact]
    public void Changed_ShopperErased_InstallTokenWearableAndProfileAllGone()
    {
        using var store = new IdentityStore();
        var alice = store.Register("alice", "presence", "offers");
        store.Register("bob", "presence");
        _ = SceneModels.Of(store.Directory.Current);

        store.Erase("alice");
        var snapshot = store.Directory.Current;

        Assert.Null(snapshot.Shopper("alice"));
        Assert.False(snapshot.TryGetInstall("app-alice", out _));
        Assert.Null(snapshot.ByWearable("hr-alice"));
        Assert.Null(snapshot.Resolve(ShopperTokens.TokenHex(alice.TokenKey, Now), Now));
        Assert.DoesNotContain(snapshot.ShopperRecords, s => s.Id == "alice");
        Assert.NotNull(snapshot.Shopper("bob"));
    }

    [Fact]
    public void Changed_DeviceRevokedAndStoreReprovisioned_SeenOnTheNextRead()
    {
        using var store = new IdentityStore();
        _ = store.Directory.Current;
        var door = store.Database.Devices.FindById(DeviceRecord.KeyOf("store-1", "door-1"));
        door.Revoked = true;
        store.Database.Devices.Update(door);
        store.Database.Devices.Insert(DeviceRecord.Create("store-2", "door-1", "scanner", "entrance", 0, 0));
        store.Database.Stores.Insert(new StoreRecord { Id = "store-2", Zones = [new ZoneRecord { Id = "entrance" }] });

        store.Directory.Changed();
        var snapshot = store.Directory.Current;

        Assert.True(snapshot.TryGetDevice("store-1", "door-1", out var revoked) && revoked.Revoked);
        Assert.True(snapshot.TryGetDevice("store-2", "door-1", out _));
        Assert.NotNull(SceneModels.Of(snapshot).Store("store-2"));
    }

    [Fact]
    public void Current_WithoutChange_NeverRebuilt()
    {
        using var store = new IdentityStore();
        var first = store.Directory.Current;

        for (var i = 0; i < 1000; i++)
        {
            Assert.Same(first, store.Directory.Current);
        }

        Assert.Equal(1, store.Directory.Builds);
    }

    [Fact]
    public void Changed_BurstOfProvisioningChanges_OneRebuildOnTheNextRead()
    {
        using var store = new IdentityStore();
        _ = store.Directory.Current;

        for (var i = 0; i < 200; i++)
        {
            store.Database.Devices.Upsert(DeviceRecord.Create("store-1", $"shelf-{i}", "shelf", "aisle", 10, i));
            store.Directory.Changed();
        }

        Assert.Equal(1, store.Directory.Builds);
        Assert.True(store.Directory.Current.TryGetDevice("store-1", "shelf-199", out _));
        Assert.Equal(2, store.Directory.Builds);
    }

    [Fact]
    public async Task Current_ManyReadersRightAfterOneChange_BuildOnceAndDeriveEachViewOnce()
    {
        using var store = new IdentityStore();
        for (var i = 0; i < 2000; i++)
        {
            store.Database.Shoppers.Insert(new ShopperRecord { Id = $"s{i}", Installs = [$"i{i}"], TokenKey = new byte[16], Consents = ["presence"] });
        }

        var derived = 0;
        var view = new SnapshotView<object>(_ =>
        {
            Interlocked.Increment(ref derived);
            return new object();
        });
        _ = store.Directory.Current;
        store.Directory.Changed();
        var builds = store.Directory.Builds;
        using var start = new Barrier(16);

        var seen = await Task.WhenAll(Enumerable.Range(0, 16).Select(n => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var snapshot = store.Directory.Current;
                _ = snapshot.View(view);
                _ = SceneModels.Of(snapshot);
                return snapshot;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.Equal(builds + 1, store.Directory.Builds);
        Assert.Single(seen.Distinct());
        Assert.Equal(1, derived);
    }

    [Fact]
    public void View_NewSnapshot_DerivedAgainAndTheOldOneKeepsItsOwn()
    {
        using var store = new IdentityStore();
        var derived = 0;
        var view = new SnapshotView<string>(s => $"gen {s.Generation} #{Interlocked.Increment(ref derived)}");
        var before = store.Directory.Current;
        var old = before.View(view);

        store.Directory.Changed();
        var fresh = store.Directory.Current.View(view);

        Assert.NotEqual(old, fresh);
        Assert.Same(old, before.View(view));
        Assert.Equal(2, derived);
    }
}
