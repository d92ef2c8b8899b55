using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;

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
}
