using System.Globalization;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The scene half of the trigger stream: every scene change becomes the triggers it stands for, each with the event
/// time of the signal that caused it — entering a store (store, zone, the in-store scene), changing zone, starting
/// to dwell (zone, and shelf when the dwell is at one), leaving (signal lost or moved away), and outside a store an
/// activity entered or left, plus the time-window trigger for the new activity. Keeps <see cref="ShopperContexts"/>
/// and the visit id (the store and the event time it began) up to date. Every trigger carries the
/// shopper's live facts (<see cref="LiveFacts"/>); those a late fact could change are kept for a second look
/// (<see cref="LateFactsReevaluation"/>).
/// </summary>
public sealed class SceneTriggerSource(CampaignTriggers triggers, ShopperContexts contexts, ICampaignCatalog catalog, IdentityDirectory directory, LiveFacts live, LateFactsReevaluation late) : ISceneChangeSink
{
    public void OnSceneChange(SceneChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var context = contexts.Of(change.Shopper);
        var scene = late.Begin(change.Shopper, change.At);
        switch (change.Kind)
        {
            case SceneChangeKind.Entered when change.Store is { } store && contexts.Resumed(change.Shopper, store) is { } resumed:
                // The gateway restarted while the shopper stayed: the same visit goes on, it is no new entry.
                contexts.Set(change.Shopper, new ShopperContext(store, resumed, change.Zone, SceneState.InStore));
                if (change.Zone != context.Zone)
                {
                    Raise(change, TriggerKind.ZoneEntered, store, resumed, scene);
                }

                break;
            case SceneChangeKind.Entered when change.Store is { } store:
                var visit = string.Create(CultureInfo.InvariantCulture, $"{store}@{change.At.UtcTicks}");
                context = new ShopperContext(store, visit, change.Zone, SceneState.InStore);
                contexts.Set(change.Shopper, context);
                Raise(change, TriggerKind.StoreEntered, store, visit, scene);
                Raise(change, TriggerKind.ZoneEntered, store, visit, scene);
                Scene(change, TriggerKind.SceneLeft, change.Previous, store, scene);
                Scene(change, TriggerKind.SceneEntered, SceneState.InStore, store, scene);
                break;
            case SceneChangeKind.ZoneChanged when change.Store is { } store:
                contexts.Set(change.Shopper, context with { Zone = change.Zone });
                Raise(change, TriggerKind.ZoneEntered, store, context.Visit, scene);
                break;
            case SceneChangeKind.DwellStarted when change.Store is { } store:
                Raise(change, TriggerKind.DwellZone, store, context.Visit, scene);
                if (change.Shelf is not null)
                {
                    Raise(change, TriggerKind.DwellShelf, store, context.Visit, scene);
                }

                break;
            case SceneChangeKind.LeftSignalLost or SceneChangeKind.LeftMovedAway:
                contexts.Set(change.Shopper, new ShopperContext(null, null, null, change.State));
                if ((change.Store ?? context.Store) is { } left)
                {
                    Raise(change, TriggerKind.ShopperLeft, left, context.Visit, scene);
                    Scene(change, TriggerKind.SceneLeft, SceneState.InStore, left, scene);
                }

                break;
            case SceneChangeKind.ActivityChanged:
                contexts.Set(change.Shopper, context with { Scene = change.State });
                // Outside a store the scene names no store: it is raised for each store the gateway serves.
                foreach (var store in catalog.Stores)
                {
                    Scene(change, TriggerKind.SceneLeft, change.Previous, store, scene);
                    Scene(change, TriggerKind.SceneEntered, change.State, store, scene);
                    Scene(change, TriggerKind.TimeWindow, change.State, store, scene);
                }

                break;
        }

        late.End(change.Shopper, scene);
    }

    private void Scene(SceneChange change, TriggerKind kind, SceneState state, string store, SecondLook scene)
    {
        if (state != SceneState.Unknown)
        {
            triggers.Raise(live.Fill(TriggerFact.Create(kind, change.At, change.Shopper, store) with { Scene = state, Confidence = change.Confidence }), change.Arrival, scene);
        }
    }

    private void Raise(SceneChange change, TriggerKind kind, string store, string? visit, SecondLook scene)
    {
        var fact = TriggerFact.Create(kind, change.At, change.Shopper, store) with
        {
            Visit = visit,
            Zone = change.Zone ?? change.PreviousZone,
            Shelf = TriggerKinds.HasShelf(kind) ? change.Shelf : null,
            Scene = change.State,
            Confidence = change.Confidence,
            DwellS = TriggerKinds.HasDwell(kind) ? DwellSeconds(store, change.Zone) : double.NaN,
        };
        triggers.Raise(live.Fill(fact), change.Arrival, scene);
    }

    private double DwellSeconds(string store, string? zone) =>
        zone is not null && SceneModels.Of(directory.Current).Store(store) is { } layout ? TimeSpan.FromTicks(layout.Zone(zone).DwellTicks).TotalSeconds : double.NaN;
}
