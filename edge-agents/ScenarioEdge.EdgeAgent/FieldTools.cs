using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Shelf.Replay;

namespace ScenarioEdge.EdgeAgent;

/// <summary>
/// The field tools, parsed before any host is built: <c>decode</c> (BLE adverts), <c>replay-shelf</c> and
/// <c>shelf-bench</c> (load cells). Any other command line is the agent's host configuration
/// (<c>--Agent:Ble:AdapterIndex=1</c> and the like) and is left to the host untouched. Exit 2 for bad arguments.
/// </summary>
public static class FieldTools
{
    public const string Name = "scenarioedge-edge";

    private static readonly string[] Commands = ["decode", "replay-shelf", "shelf-bench"];

    /// <summary>Runs the tool named by <paramref name="args"/>[0]; null when the arguments are the host's.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var help = args is ["--help" or "-h" or "help"];
        if (args.Length == 0 || (!help && !Commands.Contains(args[0], StringComparer.Ordinal)))
        {
            return null;
        }

        var root = new Command(Name, "ScenarioEdge edge agent. Without a command it runs as the agent, configured by appsettings.json and --Section:Key=value arguments.")
        {
            new HelpOption(),
            DecodeTool(input, output),
            ReplayShelfCommand.Create(output, error),
            ShelfBenchCommand.Create(output, error),
        };
        var parsed = root.Parse(help ? ["--help"] : args);
        if (parsed.Errors.Count == 0 || parsed.Action is HelpAction)
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken);
        }

        var command = parsed.CommandResult.Command;
        foreach (var message in parsed.Errors)
        {
            await error.WriteLineAsync($"{command.Name}: {message.Message}");
        }

        await error.WriteLineAsync($"usage: {Name} {command.Name} --help");
        return 2;
    }

    private static Command DecodeTool(TextReader input, TextWriter output)
    {
        var uuid = new Option<ushort>("--shopper-uuid")
        {
            Description = "The shopper token service UUID (16-bit hex).",
            HelpName = "hex",
            DefaultValueFactory = _ => ShopperTokenFrame.DefaultServiceUuid,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (!ushort.TryParse(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
                {
                    r.AddError($"--shopper-uuid: '{text}' is not a 16-bit hex UUID such as FFF5");
                }

                return value;
            },
        };
        var command = new Command("decode", "Decodes advertisements from standard input (one hex AD payload a line, optionally prefixed by address, and rssi,) into one JSON object a line.") { uuid };
        command.SetAction((p, ct) => DecodeCommand.RunAsync(input, output, p.GetValue(uuid), ct));
        return command;
    }

    /// <summary>A number in the invariant culture, or the fallback when the option is absent; the error names the option.</summary>
    internal static Func<ArgumentResult, double> Number(double fallback) => result => result.Tokens.Count == 0 ? fallback : Number(result);

    /// <summary>A comma-separated list of numbers, or the fallback when the option is absent.</summary>
    internal static Func<ArgumentResult, double[]> Numbers(double[] fallback) => result => result.Tokens.Count == 0 ? fallback : Numbers(result);

    private static double Number(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            result.AddError($"{Option(result)}: '{text}' is not a number");
        }

        return value;
    }

    private static double[] Numbers(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var values = new List<double>();
        foreach (var part in text.Split(','))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                result.AddError($"{Option(result)}: '{part}' is not a number (use a comma-separated list such as 0.5,1,2)");
                return [];
            }

            values.Add(v);
        }

        return [.. values];
    }

    private static string Option(ArgumentResult result) => result.Parent is OptionResult o ? o.Option.Name : "value";
}
