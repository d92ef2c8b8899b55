namespace ScenarioEdge.Experiments.Funnel;

/// <summary>Arm names the gateway reserves; a variant may not use them.</summary>
public static class ArmNames
{
    /// <summary>The campaign's own holdout: eligible, measured, never sent.</summary>
    public const string Holdout = "holdout";

    /// <summary>The global control group: receives no campaign at all, measured against every campaign.</summary>
    public const string GlobalControl = "control";

    /// <summary>The single arm of a campaign without an experiment block.</summary>
    public const string Default = "default";
}
