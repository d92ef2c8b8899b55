using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>
/// An external alert as accepted: what <see cref="AlertBoard.Posted"/> carries to the campaign runtime, which turns it
/// into <see cref="TriggerKind.Alert"/> facts for the shoppers in and near <see cref="Stores"/> while it is valid.
/// <see cref="Stores"/> is the area resolved when it was posted (listed stores, or the provisioned stores within the
/// radius); <see cref="Area"/> keeps the area as sent, for distances.
/// </summary>
public sealed record PostedAlert(
    string Id,
    string Kind,
    AlertSeverity Severity,
    AlertArea Area,
    IReadOnlyList<string> Stores,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    string Text,
    DateTimeOffset PostedAt)
{
    public bool ValidAt(DateTimeOffset at) => at >= ValidFrom && at < ValidUntil;
}
