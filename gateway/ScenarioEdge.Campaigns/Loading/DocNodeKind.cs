namespace ScenarioEdge.Campaigns.Loading;

internal enum DocNodeKind
{
    Null,
    Scalar,
    Map,
    Sequence,
}
