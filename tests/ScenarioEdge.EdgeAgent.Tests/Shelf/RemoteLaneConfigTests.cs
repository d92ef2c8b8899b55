using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Config;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.EdgeAgent.Tests.Shelf;

/// <summary>The retained device config's lanes reach the lane settings through the real remote config service.</summary>
public sealed class RemoteLaneConfigTests
{
    private readonly AgentHealth _health = new();
    private readonly LaneSettings _lanes = new(
    [
        new LaneOptions { Lane = "a1", Sku = "cola-330", UnitGrams = 350, ToleranceGrams = 10, DataPin = 5, ClockPin = 6 },
        new LaneOptions { Lane = "a2", Sku = "water-500", UnitGrams = 520, ToleranceGrams = 12, DataPin = 13, ClockPin = 19 },
    ]);

    private readonly RemoteConfigService _service;

    public RemoteLaneConfigTests()
    {
        var agent = new AgentOptions { Store = "s1", Device = "shelf-1" };
        _service = new RemoteConfigService(new RecordingEdgeLink(), Options.Create(agent), _health, NullLogger<RemoteConfigService>.Instance, [_lanes]);
    }

    [Fact]
    public void Current_NoRemoteConfig_IsTheLocalLane()
    {
        var lane = _lanes.Current("a1");

        Assert.Equal(("cola-330", 350.0, 10.0), (lane.Sku, lane.UnitGrams, lane.ToleranceGrams));
    }

    [Fact]
    public async Task OnConfig_LanesForThisDevice_AppliesThemAndKeepsLocalLanesItLeavesOut()
    {
        await Receive("""{"v":1,"id":"cfg-1","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"a1","sku":"sports-500","unitGrams":540,"toleranceGrams":15}]}""");

        var a1 = _lanes.Current("a1");
        Assert.Equal(("sports-500", 540.0, 15.0), (a1.Sku, a1.UnitGrams, a1.ToleranceGrams));
        Assert.Equal("water-500", _lanes.Current("a2").Sku);
        Assert.Null(_health.Problem());
    }

    [Theory]
    [InlineData("""{"v":1,"id":"cfg-2","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"b7","sku":"x","unitGrams":100,"toleranceGrams":5}]}""", "lane 'b7' is not wired on this device")]
    [InlineData("""{"v":1,"id":"cfg-3","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"a1","sku":"x","unitGrams":100,"toleranceGrams":5},{"lane":"a1","sku":"y","unitGrams":200,"toleranceGrams":5}]}""", "appears twice")]
    [InlineData("""{"v":1,"id":"cfg-4","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"a1","sku":"x","unitGrams":100,"toleranceGrams":80}]}""", "lanes[0].toleranceGrams")]
    public async Task OnConfig_BadLanes_AreRejectedWithReasonAndLanesInForceKept(string payload, string reason)
    {
        await Receive("""{"v":1,"id":"cfg-1","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"a1","sku":"sports-500","unitGrams":540,"toleranceGrams":15}]}""");

        await Receive(payload);

        Assert.Equal("sports-500", _lanes.Current("a1").Sku);
        Assert.Contains(reason, _health.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnConfig_ConfigWithoutLanesAfterRemoteLanes_FallsBackToLocalLanes()
    {
        await Receive("""{"v":1,"id":"cfg-1","ts":"2026-11-24T09:00:00Z","lanes":[{"lane":"a1","sku":"sports-500","unitGrams":540,"toleranceGrams":15}]}""");

        await Receive("""{"v":1,"id":"cfg-2","ts":"2026-11-24T09:00:00Z"}""");

        Assert.Equal("cola-330", _lanes.Current("a1").Sku);
    }

    private ValueTask Receive(string json) =>
        _service.OnConfigAsync(Topics.Config("s1", "shelf-1"), Encoding.UTF8.GetBytes(json), CancellationToken.None);
}
