namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// A crash in-process: the data file is closed at once, as a killed process leaves it (what was committed stays,
/// nothing after is written), then the host is stopped; its graceful drain can write nothing, and the messages that
/// wait for a write go nowhere. The fixture's own disposal afterwards is harmless.
/// </summary>
internal static class GatewayCrash
{
    public static async Task CrashAsync(this GatewayFixture gateway)
    {
        gateway.Database.Dispose();
        try
        {
            await gateway.App.StopAsync();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or AggregateException or LiteDB.LiteException or InvalidOperationException)
        {
            // The stop's writes fail against the closed file, as they would never have run after a crash.
        }
    }
}
