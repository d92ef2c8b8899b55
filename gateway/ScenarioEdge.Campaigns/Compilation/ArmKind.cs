namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>What a unit in an arm receives: the arm's content, nothing (the campaign's holdout), or no campaign at all.</summary>
public enum ArmKind : byte
{
    Variant,
    Holdout,
    Control,
}
