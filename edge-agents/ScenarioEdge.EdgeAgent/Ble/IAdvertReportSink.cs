namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Receives advertising reports parsed from HCI events.</summary>
internal interface IAdvertReportSink
{
    void OnAdvert(in AdvertReport report);
}
