using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>
/// One trigger with the facts campaigns may test. A readonly struct passed by reference so that evaluating it
/// allocates nothing. Facts the trigger kind does not carry are null or NaN; heart-rate reserve and cadence are
/// only filled when the shopper gave the activity consent (and conditions on them check the flag again).
/// </summary>
public readonly record struct TriggerFact
{
    public required TriggerKind Kind { get; init; }

    /// <summary>Event time of the signal that caused the trigger (not the time it was processed).</summary>
    public required DateTimeOffset EventTime { get; init; }

    /// <summary>Pseudonymous shopper id.</summary>
    public required string Shopper { get; init; }

    public required string Store { get; init; }

    /// <summary>Id of the shopper's current store visit (per-visit caps, context expiry); null outside a store.</summary>
    public string? Visit { get; init; }

    public string? Zone { get; init; }

    public string? Shelf { get; init; }

    public string? Product { get; init; }

    public SceneState Scene { get; init; }

    public double Confidence { get; init; }

    public double DwellS { get; init; }

    /// <summary>Heart-rate reserve in percent (0-100); NaN when unknown or without activity consent.</summary>
    public double HeartRateReserve { get; init; }

    /// <summary>Steps or revolutions per minute; NaN when unknown or without activity consent.</summary>
    public double Cadence { get; init; }

    /// <summary>Metres from the shopper to the store; NaN when unknown.</summary>
    public double DistanceToStoreM { get; init; }

    /// <summary>Id of the purchase that raised a <see cref="TriggerKind.Purchase"/> trigger (carried to the push record).</summary>
    public string? Purchase { get; init; }

    /// <summary>SKUs bought in that purchase; null for other kinds.</summary>
    public string[]? Products { get; init; }

    /// <summary>The point of sale's categories of what was bought; null for other kinds.</summary>
    public string[]? Categories { get; init; }

    /// <summary>The purchase's total; NaN for other kinds.</summary>
    public double Total { get; init; }

    public string? AlertKind { get; init; }

    public AlertSeverity AlertSeverity { get; init; }

    /// <summary>Text of the alert for the {alert} placeholder (plain text).</summary>
    public string? AlertText { get; init; }

    public ShopperKind ShopperKind { get; init; }

    /// <summary>Segment tags of the shopper (from the app or the gateway); null when none.</summary>
    public string[]? Tags { get; init; }

    public Consents Consents { get; init; }

    /// <summary>
    /// Set when the trigger is a second look at an earlier one (same kind, store and event time) because a live fact
    /// arrived later: the ids of the campaigns that now match and were not decided for it before. Only these are
    /// decided; null for a trigger's first evaluation.
    /// </summary>
    public string[]? Reevaluating { get; init; }

    /// <summary>A fact with every optional number unknown (NaN), so an unset field never passes a condition.</summary>
    public static TriggerFact Create(TriggerKind kind, DateTimeOffset eventTime, string shopper, string store) => new()
    {
        Kind = kind,
        EventTime = eventTime,
        Shopper = shopper,
        Store = store,
        DwellS = double.NaN,
        HeartRateReserve = double.NaN,
        Cadence = double.NaN,
        DistanceToStoreM = double.NaN,
        Confidence = double.NaN,
        Total = double.NaN,
    };
}
