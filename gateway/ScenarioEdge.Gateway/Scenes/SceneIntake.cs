using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Where ingest hands accepted messages to the scene engine: resolves who a signal is about and enforces consent
/// per purpose — sightings need <c>presence</c>, wearable and phone activity need <c>activity</c>. Everything else
/// is dropped here and counted, never seen by the engine. Each signal is judged on one snapshot of the identity
/// directory, taken when it is judged: a batch that waited on a full partition queue while a consent was withdrawn
/// judges its remaining sightings without it.
/// </summary>
public sealed class SceneIntake(
    SceneEngine engine, IdentityDirectory directory, StoreClocks clocks, IOptions<SceneOptions> options, GatewayMetrics metrics)
{
    private readonly long _lateTolerance = options.Value.LateTolerance.Ticks;

    /// <summary>Sightings of one scanner: shopper tokens and registered wearables are presence evidence.</summary>
    public async ValueTask SightingsAsync(DeviceRecord device, SightingsBatch batch, long arrival, CancellationToken cancellationToken)
    {
        var zone = device.Zone;
        if (zone is null)
        {
            return;
        }

        foreach (var sighting in batch.Sightings)
        {
            var identities = directory.Current;
            var shopper = sighting.Kind switch
            {
                AdvertiserKind.ShopperToken => identities.Resolve(sighting.Adv, sighting.Ts),
                AdvertiserKind.Wearable => identities.ByWearable(sighting.Adv),
                _ => null,
            };
            if (shopper is null)
            {
                // Strangers, withdrawn shoppers, other people's devices: nothing about them is kept.
                continue;
            }

            if (!shopper.HasConsent(ConsentPurposes.Presence))
            {
                metrics.SceneSignalsDropped.Add(SceneDropReasons.NoPresenceConsent);
                metrics.CountConsentDropped(ConsentPurposes.Presence);
                continue;
            }

            var rssi = (sighting.RssiSmoothed ?? sighting.Rssi) + device.RxOffsetDb;
            var layout = SceneModels.Of(identities).Store(device.Store);
            await engine.ObserveAsync(SceneSignals.Sighting(shopper.ShopperId, device.Store, device.Device, zone, layout, rssi, sighting.Ts, arrival), cancellationToken);
        }
    }

    /// <summary>A wearable sample, counted as its registered owner's when the owner consented to activity.</summary>
    public ValueTask WearableAsync(DeviceRecord device, WearableSample sample, long arrival, CancellationToken cancellationToken)
    {
        var identities = directory.Current;
        var owner = identities.ByWearable(sample.Adv);
        if (owner is null)
        {
            metrics.SceneSignalsDropped.Add(SceneDropReasons.UnknownWearable);
            return ValueTask.CompletedTask;
        }

        if (!owner.HasConsent(ConsentPurposes.Activity))
        {
            metrics.SceneSignalsDropped.Add(SceneDropReasons.NoActivityConsent);
            metrics.CountConsentDropped(ConsentPurposes.Activity);
            return ValueTask.CompletedTask;
        }

        var models = SceneModels.Of(identities);
        return engine.ObserveAsync(SceneSignals.Wearable(models.Profile(owner), sample, models.Store(device.Store), arrival), cancellationToken);
    }

    /// <summary>The phone's activity, for a shopper who consented to activity.</summary>
    public ValueTask PhoneAsync(string shopper, AppActivity activity, long arrival, CancellationToken cancellationToken)
    {
        var identities = directory.Current;
        var identity = identities.Shopper(shopper);
        if (identity is null || !identity.HasConsent(ConsentPurposes.Activity))
        {
            metrics.SceneSignalsDropped.Add(SceneDropReasons.NoActivityConsent);
            metrics.CountConsentDropped(ConsentPurposes.Activity);
            return ValueTask.CompletedTask;
        }

        var layout = activity.Store is null ? null : SceneModels.Of(identities).Store(activity.Store);
        return engine.ObserveAsync(SceneSignals.Phone(identity.ShopperId, activity, layout, arrival), cancellationToken);
    }

    /// <summary>
    /// Store beacons the shopper's phone heard: a registered beacon locates the shopper as a scanner in its zone would
    /// (presence consent needed). Phones' clocks are not the store's: a sighting never counts as later than the store's
    /// event time, and one older than it by more than the late tolerance is dropped.
    /// </summary>
    public async ValueTask PhoneSightingsAsync(string shopper, SightingsBatch batch, long arrival, CancellationToken cancellationToken)
    {
        foreach (var sighting in batch.Sightings)
        {
            var identities = directory.Current;
            var identity = identities.Shopper(shopper);
            if (identity is null || !identity.HasConsent(ConsentPurposes.Presence))
            {
                metrics.SceneSignalsDropped.Add(SceneDropReasons.NoPresenceConsent);
                metrics.CountConsentDropped(ConsentPurposes.Presence);
                continue;
            }

            var models = SceneModels.Of(identities);
            var beacon = models.Beacon(sighting.Adv);
            if (beacon is null || beacon.Kind != sighting.Kind)
            {
                // A neighbour's beacon, a phone, a beacon of another format: says nothing about where the shopper is.
                metrics.SceneSignalsDropped.Add(SceneDropReasons.UnknownBeacon);
                continue;
            }

            var at = sighting.Ts;
            if (clocks.Now(beacon.Store) is { } storeNow)
            {
                if (at.UtcTicks < storeNow.UtcTicks - _lateTolerance)
                {
                    metrics.SceneSignalsDropped.Add(SceneDropReasons.Late);
                    continue;
                }

                if (at > storeNow)
                {
                    at = storeNow;
                }
            }

            await engine.ObserveAsync(
                SceneSignals.Sighting(identity.ShopperId, beacon.Store, beacon.Slot, beacon.Zone, models.Store(beacon.Store), beacon.Normalise(sighting), at, arrival),
                cancellationToken);
        }
    }

    /// <summary>
    /// A pick, put or presence at a shelf standing in a zone: evidence that somebody is at that shelf now, attributed to
    /// a shopper only when the partitions find exactly one (or one clearly nearest) in that zone. Carries no identity,
    /// so no consent applies here; only shoppers who consented to presence have scenes to attribute it to.
    /// </summary>
    public ValueTask ShelfAsync(DeviceRecord shelf, ShelfEvent shelfEvent, long arrival, CancellationToken cancellationToken)
    {
        if (shelf.Zone is null || !ShelfTouch.IsEvidence(shelfEvent.Kind))
        {
            return ValueTask.CompletedTask;
        }

        // Who is in the zone now says nothing about who was there long ago.
        if (clocks.Now(shelf.Store) is { } storeNow && shelfEvent.Ts.UtcTicks < storeNow.UtcTicks - _lateTolerance)
        {
            metrics.SceneSignalsDropped.Add(SceneDropReasons.Late);
            return ValueTask.CompletedTask;
        }

        return engine.ShelfAsync(shelf.Store, shelf.Zone, shelf.Device, shelfEvent, arrival, cancellationToken);
    }

    /// <summary>Event time of <paramref name="store"/> moved on: exits, dwells and expiry are decided on it.</summary>
    public ValueTask TickAsync(string store, DateTimeOffset watermark, CancellationToken cancellationToken) =>
        engine.TickAsync(store, watermark, cancellationToken);
}
