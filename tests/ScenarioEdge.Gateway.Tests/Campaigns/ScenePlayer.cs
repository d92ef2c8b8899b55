using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// Plays scene changes of one shopper into the gateway's real <see cref="SceneChangeDispatcher"/>, as the scene engine
/// publishes them, so campaign tests choose exact event times without a radio simulation in between.
/// </summary>
internal sealed class ScenePlayer(GatewayFixture gateway, string shopper, string store)
{
    private string? _zone;

    public void Enter(string zone, DateTimeOffset at) =>
        Publish(SceneChangeKind.Entered, SceneState.InStore, SceneState.Unknown, zone, null, dwelling: false, shelf: null, at);

    public void MoveTo(string zone, DateTimeOffset at) =>
        Publish(SceneChangeKind.ZoneChanged, SceneState.InStore, SceneState.InStore, zone, _zone, dwelling: false, shelf: null, at);

    public void Dwell(string? shelf, DateTimeOffset at) =>
        Publish(SceneChangeKind.DwellStarted, SceneState.InStore, SceneState.InStore, _zone, null, dwelling: true, shelf, at);

    public void Leave(DateTimeOffset at) =>
        Publish(SceneChangeKind.LeftMovedAway, SceneState.Unknown, SceneState.InStore, null, _zone, dwelling: false, shelf: null, at);

    public void Activity(SceneState state, SceneState previous, DateTimeOffset at)
    {
        var change = new SceneChange(SceneChangeKind.ActivityChanged, shopper, null, state, previous, null, null, false, null, 0.8, ["test"], at, 0);
        gateway.App.Services.GetRequiredService<SceneChangeDispatcher>().Publish(change);
    }

    private void Publish(SceneChangeKind kind, SceneState state, SceneState previous, string? zone, string? previousZone, bool dwelling, string? shelf, DateTimeOffset at)
    {
        var change = new SceneChange(kind, shopper, store, state, previous, zone, previousZone, dwelling, shelf, 0.9, ["test"], at, 0);
        gateway.App.Services.GetRequiredService<SceneChangeDispatcher>().Publish(change);
        _zone = zone;
    }
}
