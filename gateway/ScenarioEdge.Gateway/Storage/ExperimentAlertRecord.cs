namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One experiment alert raised (collection <c>experimentalerts</c>), id = kind, campaign, day and a hash of the
/// message: the daily check raises each once, across restarts too, so the operators' topic and the metric do not
/// repeat an alert after a restart. No shopper data: figures are aggregates.
/// </summary>
public sealed class ExperimentAlertRecord
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Campaign { get; set; } = "";

    /// <summary>The day the alert is about, <c>yyyy-MM-dd</c>.</summary>
    public string Day { get; set; } = "";

    /// <summary>When it was raised (event time), the board's order.</summary>
    public DateTime RaisedAt { get; set; }

    public Dictionary<string, double> Figures { get; set; } = [];

    public string Message { get; set; } = "";
}
