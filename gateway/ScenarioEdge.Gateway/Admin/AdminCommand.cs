using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using LiteDB;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Admin;

/// <summary>
/// <c>admin create-key --name ops [--role admin] [--data ./data]</c>: the first API key of a new install, made
/// against the data directory while the gateway is stopped and printed once (only its salted hash is stored).
/// The gateway holds its LiteDB file exclusively (direct mode), so a running gateway is refused with what to do
/// instead: writing beneath a running gateway's page cache could corrupt the file. Only <c>admin</c> goes through
/// this parser; every other command line is the host's configuration (<c>--Gateway:HttpPort=8081</c> and the like).
/// </summary>
public static class AdminCommand
{
    public const string Name = "scenarioedge-gateway";

    /// <summary>Runs the command; 0 on success (or help), 2 for bad arguments, 3 when the data file is in use.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var admin = new Command("admin", "Maintenance of a stopped gateway's data directory.") { CreateKey(output, error, time) };
        var parsed = new Command(Name) { new HelpOption(), admin }.Parse(["admin", .. args]);
        if (args.Count > 0 && (parsed.Errors.Count == 0 || parsed.Action is HelpAction))
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }

        var atAdmin = parsed.CommandResult.Command == admin;
        var messages = args.Count == 0 ? ["a command is missing (create-key)"]
            : atAdmin && !args[0].StartsWith('-') ? [$"unknown command '{args[0]}'"]
            : parsed.Errors.Select(e => e.Message);
        foreach (var message in messages)
        {
            error.WriteLine($"error: {message}");
        }

        error.WriteLine($"Run '{Name} admin{(atAdmin ? "" : " " + parsed.CommandResult.Command.Name)} --help' for usage.");
        return 2;
    }

    private static Command CreateKey(TextWriter output, TextWriter error, TimeProvider time)
    {
        var name = new Option<string>("--name")
        {
            Description = "Who or what the key is for (at most 64 characters).",
            Required = true,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
                {
                    r.AddError("--name: required, at most 64 characters (who or what the key is for)");
                }

                return text;
            },
        };
        var role = new Option<OperatorRole>("--role")
        {
            Description = "What the key may do: viewer, operator or admin.",
            HelpName = "viewer|operator|admin",
            DefaultValueFactory = _ => OperatorRole.Admin,
            CustomParser = ParseRole,
        };
        var data = new Option<string>("--data") { Description = "The gateway's data directory.", HelpName = "directory", DefaultValueFactory = _ => "data" };
        var command = new Command("create-key", "Creates an API key in a stopped gateway's data directory and prints it once.") { name, role, data };
        command.SetAction(p => Create(p.GetValue(name)!, p.GetValue(role), p.GetValue(data)!, output, error, time));
        return command;
    }

    private static OperatorRole ParseRole(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return OperatorRole.Admin;
        }

        var text = result.Tokens[0].Value;
        // Names only: Enum.TryParse would also take "2".
        if (!Enum.GetNames<OperatorRole>().Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            result.AddError("--role: one of viewer, operator, admin");
            return default;
        }

        return Enum.Parse<OperatorRole>(text, ignoreCase: true);
    }

    private static int Create(string name, OperatorRole role, string dataDirectory, TextWriter output, TextWriter error, TimeProvider time)
    {
        var path = new GatewayOptions { DataDirectory = dataDirectory }.DatabasePath;
        try
        {
            using var database = new GatewayDatabase(path);
            var (key, record) = new ApiKeys(database, time).Create(name, role);
            database.Checkpoint();
            output.WriteLine($"Created {role.ToString().ToLowerInvariant()} API key '{record.Name}' (id {record.Id}) in {database.Path}.");
            output.WriteLine("It is shown only this once; keep it safe. Send it as: Authorization: Bearer <key>");
            output.WriteLine(key);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or LiteException)
        {
            error.WriteLine(
                $"cannot open {Path.GetFullPath(path)}: {ex.Message}. Is the gateway running? It holds the file; stop it first, " +
                "or create the key through the running gateway with POST /api/keys and an admin key.");
            return 3;
        }
    }
}
