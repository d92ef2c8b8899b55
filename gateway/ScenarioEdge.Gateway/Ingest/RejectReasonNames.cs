namespace ScenarioEdge.Gateway.Ingest;

/// <summary>Stable snake_case names of <see cref="RejectReason"/> for metrics labels and logs.</summary>
public static class RejectReasonNames
{
    private static readonly string[] Names =
    [
        "unknown_topic", "unknown_device", "gateway_only_topic", "malformed_json", "invalid_field",
        "unsupported_version", "oversize", "empty", "shutting_down", "not_authorized", "rate_limited",
        "retain_not_allowed", "future_time",
    ];

    /// <summary>Every reason, in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The label of <paramref name="reason"/>.</summary>
    public static string Name(this RejectReason reason) => Names[(int)reason];
}
