using System.CommandLine;
using System.CommandLine.Help;
using Microsoft.Extensions.Logging;

namespace ScenarioEdge.Simulator;

/// <summary>
/// The simulator's command line. Exit codes: 0 every expectation held, 1 an expectation failed (or an evaluation
/// skipped bad rows), 2 bad arguments or a bad scenario or data file, 3 the broker or gateway could not be reached.
/// </summary>
public static class SimulatorCli
{
    public const string Name = "scenarioedge-sim";

    public static Task<int> RunAsync(string[] args, TextWriter output, ILoggerFactory loggers, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build(output, loggers, time);
        // "help" as a word was accepted before the parser came; it stays.
        return CommandLineRunner.InvokeAsync(root, args is ["help"] ? ["--help"] : args, output, cancellationToken);
    }

    /// <summary>The command tree; the writer is where each command prints its report.</summary>
    internal static Command Build(TextWriter output, ILoggerFactory loggers, TimeProvider time)
    {
        var root = new Command(Name, "ScenarioEdge simulator: runs scenarios over real MQTT and evaluates the scene engine on recorded or simulated data.")
        {
            new HelpOption(),
            RunCommand.Create(output, loggers, time),
        };
        foreach (var command in SceneCommandLine.Create(output))
        {
            root.Add(command);
        }

        return root;
    }
}
