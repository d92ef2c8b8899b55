namespace ScenarioEdge.Experiments.Feedback;

/// <summary>
/// Why people opened or clicked and did not buy: among the engaged units (opened or clicked), those who converted
/// (redeemed or purchased) against those who did not, feature by feature.
/// </summary>
public sealed record FeedbackReport(string Campaign, long Engaged, long Converted, long NotConverted, IReadOnlyList<FeatureBreakdown> Features);
