using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Provisioning;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator;

/// <summary><c>run</c>: a scenario over real MQTT, optionally provisioned through a gateway's operator API first.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, ILoggerFactory loggers, TimeProvider time)
    {
        var scenario = new Argument<string?>("scenario.yaml") { Description = "The scenario file.", Arity = ArgumentArity.ZeroOrOne };
        var broker = new Option<(string Host, int Port)?>("--broker")
        {
            Description = "The MQTT broker (the gateway's, or one of your own), as host:port.",
            HelpName = "host:port",
            CustomParser = ParseBroker,
        };
        var apiKey = new Option<string?>("--api-key") { Description = "An operator API key for --gateway (the demo prints one).", HelpName = "key" };
        var gateway = new Option<Uri?>("--gateway")
        {
            Description = "Provision the scenario's store and devices through this gateway's operator API first (fresh device secrets; shoppers register through the app API with their own consents).",
            HelpName = "url",
            CustomParser = r => ParseGateway(r, apiKey),
        };
        var speed = new Option<double?>("--speed")
        {
            Description = "Run scenario time N times faster than real time (up to 10000).",
            HelpName = "N",
            CustomParser = ParseSpeed,
        };
        var user = new Option<string?>("--user") { Description = "Log every client in with this user (for a broker of your own).", HelpName = "name" };
        var password = new Option<string?>("--password") { Description = "The password for --user.", HelpName = "secret" };
        var summary = new Option<string?>("--summary") { Description = "Also write the verdict and the latencies per channel as JSON to this file.", HelpName = "file.json" };
        var command = new Command("run", "Runs a scenario over real MQTT: virtual scanners publish sightings, virtual apps receive pushes, and the scenario's expectations are checked.")
        {
            scenario, broker, gateway, apiKey, speed, user, password, summary,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(scenario) is null)
            {
                r.AddError("the scenario file is missing");
            }
            else if (r.GetResult(broker) is null)
            {
                r.AddError("--broker <host:port> is required");
            }
        });
        command.SetAction((parsed, cancellationToken) =>
        {
            var (host, port) = parsed.GetValue(broker)!.Value;
            var options = new RunnerOptions { Host = host, Port = port, Speed = parsed.GetValue(speed) ?? 1 };
            if (parsed.GetValue(user) is { } name)
            {
                var secret = parsed.GetValue(password) ?? "";
                options.Credentials = _ => (name, secret);
            }

            options.Gateway = parsed.GetValue(gateway);
            options.ApiKey = parsed.GetValue(apiKey);
            return RunAsync(parsed.GetValue(scenario)!, options, parsed.GetValue(summary), output, loggers, time, cancellationToken);
        });
        return command;
    }

    private static (string, int)? ParseBroker(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            result.AddError($"--broker: '{text}' is not host:port");
            return null;
        }

        return (text[..colon], port);
    }

    private static Uri? ParseGateway(ArgumentResult result, Option<string?> apiKey)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("http" or "https"))
        {
            result.AddError($"--gateway: '{text}' is not an http(s) URL such as http://127.0.0.1:8080");
            return null;
        }

        if (result.GetResult(apiKey) is not { Tokens: [{ Value.Length: > 0 }] })
        {
            result.AddError("--gateway needs --api-key <operator key> (the demo prints one)");
            return null;
        }

        return gateway;
    }

    private static double? ParseSpeed(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) || speed <= 0 || speed > 10_000)
        {
            result.AddError($"--speed: '{text}' is not a number between 0 and 10000");
            return null;
        }

        return speed;
    }

    private static async Task<int> RunAsync(string path, RunnerOptions options, string? summary, TextWriter output, ILoggerFactory loggers, TimeProvider time, CancellationToken cancellationToken)
    {
        var (gateway, apiKey) = (options.Gateway, options.ApiKey);
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.LoadFile(path);
            if ((scenario.Alerts.Count > 0 || scenario.Expect.Any(e => e.Decision is not null)) && gateway is null)
            {
                throw new ScenarioException($"{Path.GetFileName(path)}: the scenario posts alerts or reads the decision log: run it with --gateway <url> --api-key <key>");
            }
        }
        catch (ScenarioException ex)
        {
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        var clock = ScenarioStartClock.For(scenario, time);
        if (!ReferenceEquals(clock, time) && clock is ScenarioTimeProvider moved)
        {
            // Event times are the scenario's: a gateway on another clock refuses them or judges them at another hour.
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"scenario clock: starts {scenario.StartLocal} {scenario.Weekday} in {scenario.Store.TimeZone}, {moved.Offset} from this machine's clock; the gateway must run on the same clock"));
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
                options.GatewayShoppers = s => credentials.Apps.FirstOrDefault(a => a.Shopper == s)?.GatewayShopper;
                foreach (var app in credentials.Apps)
                {
                    await output.WriteLineAsync($"registered {app.Shopper} as shopper {app.GatewayShopper} (install {app.Install})");
                }
            }

            result = await new ScenarioRunner(scenario, options, clock, loggers.CreateLogger("ScenarioEdge.Simulator")).RunAsync(cancellationToken);
        }
        catch (ScenarioException ex)
        {
            // The gateway refused what the scenario asks of it (a checkout code for a shopper without the offers consent).
            await output.WriteLineAsync($"error: {ex.Message}");
            return 2;
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

        await ScenarioReport.PrintAsync(output, result);
        if (summary is not null)
        {
            await File.WriteAllTextAsync(summary, System.Text.Json.JsonSerializer.Serialize(result.Summary(), GatewayApiJsonContext.Default.ScenarioSummary), cancellationToken);
        }

        return result.Passed ? 0 : 1;
    }
}
