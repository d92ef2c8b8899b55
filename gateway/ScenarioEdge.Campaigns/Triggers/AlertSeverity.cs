namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>Severity of an external alert, ordered (a condition asks for at least one level).</summary>
public enum AlertSeverity : byte
{
    None,
    Info,
    Advisory,
    Warning,
    Severe,
}
