using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// From <see cref="At"/> scenario seconds on, the shopper is in zone <see cref="In"/> ("outside": out of range); or,
/// with <see cref="Pick"/>, <see cref="Put"/> or <see cref="Knock"/>, an action at the shelf of the zone the shopper
/// is in at that time (the step does not move the shopper).
/// </summary>
public sealed class StepSpec
{
    public const string Outside = ZoneSpec.Outside;

    public double At { get; set; }

    public string In { get; set; } = Outside;

    /// <summary>Seconds to walk from the previous zone (in-store moves only; stepping in or out is immediate).</summary>
    public double WalkS { get; set; } = 4;

    /// <summary>SKU of which <see cref="Count"/> items are taken from the shelf.</summary>
    public string? Pick { get; set; }

    /// <summary>SKU of which <see cref="Count"/> items are put back on the shelf.</summary>
    public string? Put { get; set; }

    /// <summary>SKU whose lane is knocked (the shelf rings, nothing is taken).</summary>
    public string? Knock { get; set; }

    /// <summary>Items picked or put back.</summary>
    public int Count { get; set; } = 1;

    /// <summary>True for a shelf action rather than a move.</summary>
    public bool IsAction => Pick is not null || Put is not null || Knock is not null;

    /// <summary>
    /// What the shopper is doing from this step on, if the phone and wearable report it: still, walking, running,
    /// cycling, vehicle, or a scene's word for its usual activity (resting: still, commuting: walking, exercising: running).
    /// </summary>
    public string? Doing { get; set; }

    /// <summary>
    /// From this step on (with <see cref="Doing"/>), the phone's coarse distance to the scenario's store in metres,
    /// sent with its activity (<c>store</c>, <c>distanceToStoreM</c>).
    /// </summary>
    public double? DistanceM { get; set; }
}
