using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>Builds agent hosts the way Program.cs does, on in-memory configuration, for tests.</summary>
internal static class AgentHost
{
    public static HostApplicationBuilder CreateBuilder(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        return builder;
    }

    public static Dictionary<string, string?> Settings(string dataDirectory, int brokerPort = 1883) => new()
    {
        ["Agent:Store"] = "store-1",
        ["Agent:Device"] = "scanner-1",
        ["Agent:DataDirectory"] = dataDirectory,
        ["Agent:Broker:Host"] = "127.0.0.1",
        ["Agent:Broker:Port"] = brokerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Agent:Broker:Password"] = "device-secret",
        ["Agent:Broker:ReconnectMinMs"] = "100",
        ["Agent:Broker:ReconnectMaxMs"] = "400",
        ["Agent:Broker:ConnectTimeoutS"] = "2",
        ["Agent:HealthIntervalS"] = "3600",
    };

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "se-edge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
