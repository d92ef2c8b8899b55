using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.EdgeAgent.Wearables;

namespace ScenarioEdge.EdgeAgent.Tests;

public class AgentOptionsValidatorTests
{
    [Theory]
    [InlineData("Agent:Store", "", "Agent:Store")]
    [InlineData("Agent:Device", "scanner/1", "Agent:Device")]
    [InlineData("Agent:Broker:Host", "", "Agent:Broker:Host")]
    [InlineData("Agent:Broker:Port", "70000", "Agent:Broker:Port")]
    [InlineData("Agent:Ble:WindowMs", "500", "Agent:Ble:WindowMs")]
    [InlineData("Agent:Ble:Irks:badge", "abc", "Agent:Ble:Irks:badge")]
    [InlineData("Agent:Broker:CaCertificatePath", "/nonexistent/ca.pem", "Agent:Broker:CaCertificatePath")]
    public async Task StartAsync_BadSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var settings = AgentHost.Settings(AgentHost.TempDirectory());
        settings[key] = value;
        var builder = AgentHost.CreateBuilder(settings);
        builder.AddEdgeLink();
        builder.AddBleScanning();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agent:Wearables:Devices:hr-strap-7", "C0:FF:EE:00:11", "Agent:Wearables:Devices:hr-strap-7")]
    [InlineData("Agent:Wearables:Devices:strap/7", "C0:FF:EE:00:11:23", "Agent:Wearables:Devices:strap/7")]
    [InlineData("Agent:Wearables:Devices:strap-twin", "c0:ff:ee:00:11:22/random", "registered twice")]
    [InlineData("Agent:Wearables:MaxConnections", "0", "Agent:Wearables:MaxConnections")]
    [InlineData("Agent:Wearables:ReconnectMaxMs", "10", "Agent:Wearables:ReconnectMinMs")]
    [InlineData("Agent:Ble:Channel", "User", "Agent:Ble:Channel Raw")]
    [InlineData("Agent:Ble:Source", "Synthetic", "Agent:Wearables:ConnectOnlyWhenHeard")]
    public async Task StartAsync_BadWearableSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var settings = AgentHost.Settings(AgentHost.TempDirectory());
        settings["Agent:Wearables:Devices:hr-strap-7"] = "C0:FF:EE:00:11:22";
        settings[key] = value;
        var builder = AgentHost.CreateBuilder(settings);
        builder.AddEdgeLink();
        builder.AddBleScanning();
        builder.AddWearables();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
