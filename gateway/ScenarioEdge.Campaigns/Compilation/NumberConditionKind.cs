namespace ScenarioEdge.Campaigns.Compilation;

public enum NumberConditionKind : byte
{
    MinConfidence,
    MinDwellS,
    MaxDistanceM,
    MinTotal,
}
