using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.EdgeAgent.Shelf.Replay;
using Serilog;

// Field tools (replay-shelf, shelf-bench) run without the host.
if (await ShelfCommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } toolExit)
{
    return toolExit;
}

// Host skeleton: the BLE (issue #3) and shelf (issue #4) features register themselves here.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.Services.AddSerilog((services, lc) => lc.ReadFrom.Configuration(builder.Configuration).WriteTo.Console());
    builder.Services.AddSystemd();
    builder.Services.AddSingleton(TimeProvider.System);
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
