using System.Diagnostics.Metrics;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// The gateway's counters and histograms: published on the <see cref="System.Diagnostics.Metrics.Meter"/> named
/// <see cref="MeterName"/> (dotnet-counters, OpenTelemetry) and served as Prometheus text on <c>GET /metrics</c> by
/// prometheus-net under the names they have always had. The hot path pays one atomic add per count.
/// </summary>
public sealed partial class GatewayMetrics : IDisposable
{
    /// <summary>The name of the gateway's meter (<c>dotnet-counters monitor --counters ScenarioEdge.Gateway</c>).</summary>
    public const string MeterName = "ScenarioEdge.Gateway";

    private static readonly double[] LatencyBounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private readonly GatewayInstruments _instruments;
    private readonly PlainCounter _duplicates;
    private readonly PlainCounter _pushesOut;
    private readonly PlainCounter _pushesFailed;
    private readonly PlainCounter _pushesSuppressed;
    private readonly PlainCounter _displayUpdates;

    /// <summary>A gateway's metrics on a meter of its own (tools and tests that run no host).</summary>
    public GatewayMetrics()
        : this(new Meter(MeterName), runtime: null)
    {
    }

    /// <summary>The hosted gateway's metrics: its meter comes from the host's factory, and the runtime's and Kestrel's meters are served too.</summary>
    public GatewayMetrics(IMeterFactory meters)
        : this((meters ?? throw new ArgumentNullException(nameof(meters))).Create(MeterName), meters)
    {
    }

    private GatewayMetrics(Meter meter, IMeterFactory? runtime)
    {
        _instruments = new GatewayInstruments(meter);
        var i = _instruments;
        MessagesIn = new(i, "se_messages_in_total", "Messages accepted by the gateway, by topic kind.", "kind",
            Enum.GetNames<TopicKind>().Select(n => n.ToLowerInvariant()).ToArray());
        _duplicates = new(i, "se_messages_duplicate_total", "Redelivered messages recognised by id and handled once.");
        Presence = new(i, "se_presence_transitions_total", "Shopper presence transitions.", "transition", ["enter", "zone", "leave"]);
        ConsentDropped = new(i, "se_consent_dropped_total",
            "Signals dropped at ingestion for lack of consent to their purpose; nothing about them is kept.", "purpose", ["presence", "activity", "offers"]);
        _pushesOut = new(i, "se_pushes_out_total",
            "Pushes published to apps (handed to the broker; see se_pushes_delivered_total for those the app acknowledged).");
        _pushesFailed = new(i, "se_pushes_failed_total", "Pushes that could not be published.");
        _pushesSuppressed = new(i, "se_pushes_suppressed_total", "Pushes held back by a frequency cap or missing consent.");
        _displayUpdates = new(i, "se_display_updates_total", "Shelf display contents published.");
        IngestToPush = new(i, "se_ingest_to_push_seconds", "Seconds from the arrival of the triggering message to the push being published.", LatencyBounds);
        Ingest = new(i, "se_ingest_seconds", "Seconds spent accepting one message (decode, validate, hand-off).", LatencyBounds);
        (_authFailed, _subscribeRefused, _oversizePackets, _connectionsRefused, _offlineDropped, _sessionsExpired) = BrokerCounters(i);
        (_queueOverwritten, _brokerSessionsLost, _clientsConnected) = BrokerLinkMetrics(i);
        (_pushesDelivered, _pushesResent, _pushesDeferred, ShutdownDropped) = ReliabilityMetrics(i);
        (_campaignDecisions, _campaignTriggersDropped) = CampaignMetrics(i);
        (CampaignWrites, PushWrites) = WriteMetrics(i);
        (CampaignDocumentsRefused, _alertsPosted, AlertsRefused, WebhookAttempts, WebhookDeadLetters) = CampaignManagementMetrics(i);
        (_couponsIssued, CouponIssueRefused, Redemptions) = CouponMetrics(i);
        (_exposures, _journeyWritesFailed) = ExperimentMetrics(i);
        Purchases = PurchaseMetrics(i);
        _runtime = runtime is null ? null : RuntimeMetrics.Start(_instruments.Registry, runtime);
    }

    /// <summary>Accepted messages by topic kind.</summary>
    public LabelledCounter MessagesIn { get; }

    /// <summary>Presence transitions by kind.</summary>
    public LabelledCounter Presence { get; }

    /// <summary>Signals dropped at the door because the shopper has not consented to their purpose.</summary>
    public LabelledCounter ConsentDropped { get; }

    /// <summary>Time from a message's arrival to the push it caused being published.</summary>
    public Histogram IngestToPush { get; }

    /// <summary>Time spent accepting one message (decode, validate, hand-off).</summary>
    public Histogram Ingest { get; }

    /// <summary>Redelivered messages recognised by id and handled once.</summary>
    public long Duplicates => _duplicates.Value;

    /// <summary>Pushes published.</summary>
    public long PushesOut => _pushesOut.Value;

    /// <summary>Display contents published (retained) by the shelf display channel.</summary>
    public long DisplayUpdates => _displayUpdates.Value;

    public void CountIn(TopicKind kind) => MessagesIn.Add((int)kind);

    public void CountConsentDropped(string purpose) => ConsentDropped.Add(purpose switch
    {
        "presence" => 0,
        "activity" => 1,
        "offers" => 2,
        _ => 3,
    });

    public void CountDuplicate() => _duplicates.Add();

    public void CountPushOut() => _pushesOut.Add();

    public void CountPushFailed() => _pushesFailed.Add();

    public void CountPushSuppressed() => _pushesSuppressed.Add();

    public void CountDisplayUpdate() => _displayUpdates.Add();
}
