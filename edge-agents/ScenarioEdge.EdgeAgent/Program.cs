using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.EdgeAgent.Wearables;
using Serilog;

// Field tools run without the host: decode (BLE adverts), replay-shelf and shelf-bench (load cells).
if (await ScenarioEdge.EdgeAgent.FieldTools.TryRunAsync(args, Console.In, Console.Out, Console.Error) is { } toolExit)
{
    return toolExit;
}

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.Services.AddSerilog((services, lc) => lc.ReadFrom.Configuration(builder.Configuration).WriteTo.Console());
    builder.Services.AddSystemd();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.AddEdgeLink();
    builder.AddBleScanning();
    builder.AddWearables();
    builder.AddSmartShelf();
    await builder.Build().RunAsync();
    return 0;
}
catch (Exception ex)
{
    Log.Fatal(ex, "Edge agent stopped: {Message}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
