using System.Globalization;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator;

/// <summary>
/// The simulator's command line. Exit codes: 0 every expectation held, 1 an expectation failed, 2 bad usage or a bad
/// scenario file, 3 the broker could not be reached.
/// </summary>
public static class SimulatorCli
{
    public const string Usage = $"""
        Usage:
          scenarioedge-sim run <scenario.yaml> --broker <host:port> [--gateway <url> --api-key <key>] [--speed <N>]
                               [--user <name> --password <secret>]

        Runs a scenario over real MQTT: virtual scanners publish sightings, virtual apps receive pushes, and the
        scenario's expectations are checked. --speed runs scenario time N times faster than real time.
        With --gateway and an operator --api-key, the scenario's store and devices are first provisioned through the
        operator API (the devices take fresh secrets), each shopper's app registers through the app API with the
        shopper's own consents, and every device and app logs in with the credentials it was given.
        --user/--password log every client in with one login (for a broker of your own).

        {SceneCommands.Usage}
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, ILoggerFactory loggers, TimeProvider time, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (SceneCommands.Handles(args[0]))
        {
            return await SceneCommands.RunAsync(args, output, cancellationToken);
        }

        if (args[0] != "run")
        {
            await output.WriteLineAsync($"error: unknown command '{args[0]}'.{Environment.NewLine}{Usage}");
            return 2;
        }

        if (!TryParseRun(args, out var path, out var options, out var gateway, out var apiKey, out var error))
        {
            await output.WriteLineAsync($"error: {error}{Environment.NewLine}{Usage}");
            return 2;
        }

        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.LoadFile(path);
        }
        catch (ScenarioException ex)
        {
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        ScenarioResult result;
        try
        {
            if (gateway is not null)
            {
                // The simulator stands in for the store's devices, so it takes fresh secrets for them; its shoppers
                // register through the app API and give their own consent, as phones do.
                var credentials = await GatewayProvisioningClient.ProvisionAsync(gateway, apiKey!, await File.ReadAllTextAsync(path, cancellationToken), rotate: true, cancellationToken);
                credentials = await GatewayProvisioningClient.RegisterShoppersAsync(gateway, scenario, credentials, cancellationToken);
                options.Credentials = credentials.For;
                options.TokenKeys = credentials.KeyOf;
                options.Installs = credentials.InstallOf;
                foreach (var app in credentials.Apps)
                {
                    await output.WriteLineAsync($"registered {app.Shopper} as shopper {app.GatewayShopper} (install {app.Install})");
                }
            }

            result = await new ScenarioRunner(scenario, options, time, loggers.CreateLogger("ScenarioEdge.Simulator")).RunAsync(cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await output.WriteLineAsync($"error: cannot reach the gateway API at {gateway}: {ex.Message}");
            return 3;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            await output.WriteLineAsync($"error: cannot run against the broker at {options.Host}:{options.Port}: {ex.Message}. Is the gateway or broker running there?");
            return 3;
        }

        await PrintAsync(output, result);
        return result.Passed ? 0 : 1;
    }

    private static async Task PrintAsync(TextWriter output, ScenarioResult result)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scenario {result.Scenario}: {result.ScenarioSeconds:0.0} s of scenario time, {result.MessagesPublished} batches published, {result.Pushes.Count} pushes received"));
        if (result.ShelfEvents.Count > 0 || result.DisplayContents.Count > 0)
        {
            await output.WriteLineAsync($"  {result.ShelfEvents.Count} shelf events published, {result.DisplayContents.Count} display contents received");
        }

        foreach (var e in result.Expectations)
        {
            await output.WriteLineAsync($"  {(e.Passed ? "PASS" : "FAIL")}  {e.Expectation}: {e.Detail}");
        }

        var failed = result.Expectations.Count(e => !e.Passed);
        await output.WriteLineAsync(failed == 0
            ? $"All {result.Expectations.Count} expectations held."
            : $"{failed} of {result.Expectations.Count} expectations failed.");
    }

    private static bool TryParseRun(string[] args, out string path, out RunnerOptions options, out Uri? gateway, out string? apiKey, out string error)
    {
        path = "";
        options = new RunnerOptions();
        error = "";
        gateway = null;
        apiKey = null;
        string? user = null, password = null, broker = null, gatewayText = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{arg} needs a value");
            try
            {
                switch (arg)
                {
                    case "--broker": broker = Next(); break;
                    case "--speed":
                        var speed = Next();
                        if (!double.TryParse(speed, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s <= 0 || s > 10_000)
                        {
                            error = $"--speed: '{speed}' is not a number between 0 and 10000";
                            return false;
                        }

                        options.Speed = s;
                        break;
                    case "--user": user = Next(); break;
                    case "--gateway": gatewayText = Next(); break;
                    case "--api-key": apiKey = Next(); break;
                    case "--password": password = Next(); break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal) || path.Length > 0)
                        {
                            error = $"unexpected argument '{arg}'";
                            return false;
                        }

                        path = arg;
                        break;
                }
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return false;
            }
        }

        if (path.Length == 0)
        {
            error = "the scenario file is missing";
            return false;
        }

        if (broker is null)
        {
            error = "--broker <host:port> is required";
            return false;
        }

        if (gatewayText is not null)
        {
            if (!Uri.TryCreate(gatewayText, UriKind.Absolute, out gateway) || gateway.Scheme is not ("http" or "https"))
            {
                error = $"--gateway: '{gatewayText}' is not an http(s) URL such as http://127.0.0.1:8080";
                return false;
            }

            if (string.IsNullOrEmpty(apiKey))
            {
                error = "--gateway needs --api-key <operator key> (the demo prints one)";
                return false;
            }
        }

        var colon = broker.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(broker.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = $"--broker: '{broker}' is not host:port";
            return false;
        }

        options.Host = broker[..colon];
        options.Port = port;
        if (user is not null)
        {
            options.Credentials = _ => (user, password ?? "");
        }

        return true;
    }
}
