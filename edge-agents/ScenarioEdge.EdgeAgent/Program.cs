using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Publishing;
using Serilog;

// Host skeleton: the BLE (issue #3) and shelf (issue #4) features register themselves here.
if (args is ["decode", ..])
{
    return await DecodeCommand.RunAsync(Console.In, Console.Out, ShopperTokenUuid.FromArgs(args), CancellationToken.None);
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
