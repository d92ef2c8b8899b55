namespace ScenarioEdge.Protocol;

/// <summary>
/// A parsed topic. It keeps the topic string and the ranges of its id segments, so parsing allocates nothing;
/// <see cref="Owner"/> is the store (device and display topics), the install (app topics) or the store (scene topics),
/// and <see cref="Leaf"/> the device, display or shopper.
/// </summary>
public readonly struct TopicAddress
{
    private readonly Range _owner;
    private readonly Range _leaf;

    internal TopicAddress(string topic, TopicKind kind, Range owner, Range leaf)
    {
        Topic = topic;
        Kind = kind;
        _owner = owner;
        _leaf = leaf;
    }

    /// <summary>The whole topic.</summary>
    public string Topic { get; }

    /// <summary>What the topic carries.</summary>
    public TopicKind Kind { get; }

    /// <summary>Store id for store topics, install id for app topics.</summary>
    public ReadOnlySpan<char> Owner => Topic.AsSpan()[_owner];

    /// <summary>Device, display or shopper id; empty for app topics.</summary>
    public ReadOnlySpan<char> Leaf => Topic.AsSpan()[_leaf];

    /// <summary>True for topics an edge device publishes to.</summary>
    public bool IsDeviceUplink => Kind is TopicKind.Sightings or TopicKind.Shelf or TopicKind.Wearables or TopicKind.Status
        or TopicKind.Purchases or TopicKind.Redemptions;

    /// <summary>True for the uplinks only a point of sale publishes (purchases and redemption requests).</summary>
    public bool IsPosUplink => Kind is TopicKind.Purchases or TopicKind.Redemptions;

    /// <summary>True for topics an app publishes to.</summary>
    public bool IsAppUplink => Kind is TopicKind.AppActivity or TopicKind.AppFeedback or TopicKind.AppSightings;
}
