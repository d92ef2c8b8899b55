using LiteDB;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Admin;

/// <summary>
/// <c>admin create-key --name ops [--role admin] [--data ./data]</c>: the first API key of a new install, made
/// against the data directory while the gateway is stopped and printed once (only its salted hash is stored).
/// The gateway holds its LiteDB file exclusively (direct mode), so a running gateway is refused with what to do
/// instead: writing beneath a running gateway's page cache could corrupt the file.
/// </summary>
public static class AdminCommand
{
    public const string Usage = "usage: admin create-key --name <name> [--role viewer|operator|admin] [--data <data directory>]";

    /// <summary>Runs the command; 0 on success, 2 for bad arguments, 3 when the data file is in use.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] != "create-key" || Options(args) is not { } options)
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (string.IsNullOrWhiteSpace(options.GetValueOrDefault("--name")) || options["--name"].Length > 64)
        {
            error.WriteLine("--name: required, at most 64 characters (who or what the key is for)");
            return 2;
        }

        if (!Enum.TryParse<OperatorRole>(options.GetValueOrDefault("--role", "admin"), ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            error.WriteLine("--role: one of viewer, operator, admin");
            return 2;
        }

        var path = new GatewayOptions { DataDirectory = options.GetValueOrDefault("--data", "data") }.DatabasePath;
        try
        {
            using var database = new GatewayDatabase(path);
            var (key, record) = new ApiKeys(database, time).Create(options["--name"], role);
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

    private static Dictionary<string, string>? Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (args[i] is not ("--name" or "--role" or "--data") || i + 1 >= args.Count)
            {
                return null;
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
