using System.CommandLine;
using System.CommandLine.Help;

namespace ScenarioEdge.Simulator;

/// <summary>
/// Parses and invokes a command tree with the simulator's exit-code contract: bad arguments are exit 2 (System.CommandLine's
/// own default is 1, which here means "an expectation failed"), each error on its own line naming the problem.
/// </summary>
internal static class CommandLineRunner
{
    public const int BadArguments = 2;

    public static async Task<int> InvokeAsync(Command root, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = new InvocationConfiguration
        {
            Output = output,
            Error = output,
            // Exceptions are the caller's (Ctrl+C is exit 130 in Program.cs), and Ctrl+C is handled there too.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        if (args.Length == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(config, cancellationToken);
            return BadArguments;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0 || parsed.Action is HelpAction)
        {
            return await parsed.InvokeAsync(config, cancellationToken);
        }

        var unknownCommand = parsed.CommandResult.Command == root && !args[0].StartsWith('-');
        foreach (var error in unknownCommand ? [$"unknown command '{args[0]}'"] : parsed.Errors.Select(e => e.Message))
        {
            await output.WriteLineAsync($"error: {error}");
        }

        var path = parsed.CommandResult.Command == root ? root.Name : $"{root.Name} {parsed.CommandResult.Command.Name}";
        await output.WriteLineAsync($"Run '{path} --help' for usage.");
        return BadArguments;
    }
}
