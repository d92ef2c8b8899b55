namespace ScenarioEdge.Campaigns.Loading;

internal enum ScalarType
{
    Untyped,
    String,
    Number,
    Boolean,
}
