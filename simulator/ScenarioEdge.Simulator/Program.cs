using Microsoft.Extensions.Logging;
using ScenarioEdge.Simulator;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateLogger();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
try
{
    using var loggers = LoggerFactory.Create(b => b.AddSerilog(dispose: false));
    return await SimulatorCli.RunAsync(args, Console.Out, loggers, TimeProvider.System, cancel.Token);
}
catch (OperationCanceledException)
{
    return 130;
}
finally
{
    await Log.CloseAndFlushAsync();
}
