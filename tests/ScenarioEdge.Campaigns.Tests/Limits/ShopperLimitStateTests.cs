using System.Text.Json;
using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Campaigns.Tests.Limits;

public sealed class ShopperLimitStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Snapshot_RoundTripThroughJson_SameState()
    {
        var state = new ShopperLimitState("s-1");
        state.RecordSent("b", "store-1", "v-1", T0.AddMinutes(5));
        state.RecordSent("a", "store-2", null, T0);
        state.RecordDismissal("a", T0.AddMinutes(1));

        var json = JsonSerializer.Serialize(state.ToSnapshot());
        var back = ShopperLimitState.FromSnapshot(JsonSerializer.Deserialize<ShopperLimitSnapshot>(json)!);

        Assert.Equal(state.Sent, back.Sent);
        Assert.Equal(state.Memory("a"), back.Memory("a"));
        Assert.Equal(state.Memory("b"), back.Memory("b"));
        Assert.Equal("a", back.Sent[0].Campaign);
    }

    [Fact]
    public void Prune_OldSends_Forgotten_CooldownMemoryKept()
    {
        var state = new ShopperLimitState("s-1");
        state.RecordSent("a", "store-1", null, T0);
        state.RecordSent("a", "store-1", null, T0.AddDays(3));

        state.Prune(T0.AddDays(2));

        Assert.Single(state.Sent);
        Assert.Equal(T0.AddDays(3), state.Memory("a")!.LastSent);
    }
}
