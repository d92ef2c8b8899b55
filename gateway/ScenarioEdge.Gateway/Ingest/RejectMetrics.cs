using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>Refused messages by reason: the counter is Ingest's, its labels are <see cref="RejectReasonNames"/>.</summary>
public static class RejectMetrics
{
    extension(GatewayMetrics metrics)
    {
        /// <summary>Refused messages by reason.</summary>
        public LabelledCounter Rejected =>
            metrics.Labelled("se_messages_rejected_total", "Messages refused by the gateway, by reason.", "reason", RejectReasonNames.All);

        public void CountRejected(RejectReason reason) => metrics.Rejected.Add((int)reason);
    }

    /// <summary>Makes the counter at start (every reason's series at 0).</summary>
    public static void Register(GatewayMetrics metrics) => _ = metrics.Rejected;
}
