using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>The bookkeeping behind session binding, driven directly with virtual time.</summary>
public sealed class SessionRegistryTests
{
    private static readonly ClientPrincipal Door = ClientPrincipal.Device("store-w", "door-1");
    private static readonly ClientPrincipal Bob = ClientPrincipal.App("app-bob");
    private static readonly TimeSpan Persistent = TimeSpan.FromMinutes(10);

    [Fact]
    public void Takeover_ThenTheOldConnectionsLateDisconnect_NewConnectionStillCountedAndBound()
    {
        var registry = Registry(new FakeTimeProvider());
        Assert.Equal(Admission.None, registry.Admit("store-w.door-1", Door, Persistent, out _));
        Assert.Equal(Admission.None, registry.Admit("store-w.door-1", Door, Persistent, out _));

        registry.Disconnected("store-w.door-1", takenOver: true, 0);

        Assert.Equal((1, 1), registry.Held(Door.UserName));
        Assert.Equal(Admission.ClientIdInUse, registry.Admit("store-w.door-1", Bob, TimeSpan.Zero, out _));
        Assert.Equal(1, registry.Connections);
    }

    [Fact]
    public void PersistentSession_StaysBoundWhileOfflineAndExpiresAtTheCap()
    {
        var time = new FakeTimeProvider();
        var registry = Registry(time, new SecurityOptions { MaxSessionExpiry = TimeSpan.FromMinutes(5) });
        registry.Admit("app-ana", ClientPrincipal.App("app-ana"), TimeSpan.MaxValue, out _);
        registry.Disconnected("app-ana", takenOver: false, 0);

        Assert.Equal(Admission.ClientIdInUse, registry.Admit("app-ana", Bob, Persistent, out _));
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(registry.TakeExpired());
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["app-ana"], registry.TakeExpired());
        Assert.Equal(Admission.SessionBeingDeleted, registry.Admit("app-ana", ClientPrincipal.App("app-ana"), Persistent, out _));

        registry.Deleted("app-ana");

        Assert.Equal(Admission.None, registry.Admit("app-ana", Bob, TimeSpan.Zero, out _));
    }

    [Fact]
    public void CleanSession_IdFreedAtDisconnect()
    {
        var registry = Registry(new FakeTimeProvider());
        registry.Admit("auto-1", Door, TimeSpan.Zero, out _);

        registry.Disconnected("auto-1", takenOver: false, 0);

        Assert.Equal((0, 0), registry.Held(Door.UserName));
        Assert.Equal(Admission.None, registry.Admit("auto-1", Bob, TimeSpan.Zero, out _));
    }

    [Fact]
    public void SessionAskedForOnlyAtDisconnect_ReportedForDeletionAndIdKeptUntilDeleted()
    {
        var registry = Registry(new FakeTimeProvider());
        registry.Admit("app-bob", Bob, TimeSpan.Zero, out _);

        Assert.True(registry.Disconnected("app-bob", takenOver: false, 3600));
        Assert.Equal(Admission.ClientIdInUse, registry.Admit("app-bob", Door, TimeSpan.Zero, out _));
        registry.Deleted("app-bob");
        Assert.Equal((0, 0), registry.Held(Bob.UserName));
    }

    [Fact]
    public void OfflineQueue_CountsOnlyWhileOfflineAndResetsOnReconnect()
    {
        var registry = Registry(new FakeTimeProvider(), new SecurityOptions { MaxQueuedMessagesPerOfflineSession = 2 });
        registry.Admit("app-bob", Bob, Persistent, out _);
        Assert.True(registry.TryQueue("app-bob", out _));
        registry.Disconnected("app-bob", takenOver: false, 0);

        var accepted = Enumerable.Range(0, 4).Select(i => registry.TryQueue("app-bob", out _)).ToList();
        registry.Admit("app-bob", Bob, Persistent, out _);
        registry.Disconnected("app-bob", takenOver: false, 0);

        Assert.Equal([true, true, false, false], accepted);
        Assert.True(registry.TryQueue("app-bob", out _));
    }

    private static SessionRegistry Registry(TimeProvider time, SecurityOptions? options = null) => new(Options.Create(options ?? new SecurityOptions()), time);
}
