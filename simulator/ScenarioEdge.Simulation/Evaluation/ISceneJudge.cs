using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// The seam through which evaluations drive the production scene engine with protocol messages in event time (the
/// gateway implements it; the simulation cannot reference the gateway, which references the simulation).
/// </summary>
public interface ISceneJudge
{
    /// <summary>Registers a shopper and, optionally, the wearable the shopper's app registered.</summary>
    void Register(string shopper, string? wearable, int? restingHr, int? maxHr);

    /// <summary>Describes a store (zones, scanners, zone method): its sightings are then judged by its layout.</summary>
    void DefineStore(StoreSpec store);

    /// <summary>A scanner's batch; sightings' <c>adv</c> is the shopper id (tokens already resolved).</summary>
    void Sightings(string store, string scanner, string zone, SightingsBatch batch);

    void Wearable(string store, WearableSample sample);

    void Phone(string shopper, AppActivity activity);

    /// <summary>Event time reached <paramref name="at"/> everywhere: absence decisions are due.</summary>
    void Advance(DateTimeOffset at);

    SceneState StateOf(string shopper);

    string? ZoneOf(string shopper);

    /// <summary>Zone changes, entries, exits and dwell starts decided so far, by kind name.</summary>
    IReadOnlyDictionary<string, int> Decisions { get; }

    /// <summary>Every decision so far: shopper, kind name, event time, zone.</summary>
    IReadOnlyList<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> Log { get; }
}
