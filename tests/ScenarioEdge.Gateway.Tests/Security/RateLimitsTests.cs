using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>
/// Rate buckets are let go once they are full again (idle long enough to refill), so a flood of principals that fall
/// silent holds no memory; a bucket still refilling is kept, so a sweep never hands a sender a fresh burst.
/// </summary>
public sealed class RateLimitsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_TenThousandPrincipalsFallSilentUntilFull_BucketsLetGo()
    {
        var time = new FakeTimeProvider(T0);
        var limits = new RateLimits(Options.Create(new SecurityOptions()), time);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(limits.TryTake(ClientPrincipal.App($"app-{i}")));
        }

        Assert.Equal(10_000, limits.Buckets);

        time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(limits.TryTake(ClientPrincipal.Device("store-1", "door-1")));

        Assert.Equal(1, limits.Buckets);
    }

    [Fact]
    public void TryTake_EmptiedBucketStillRefillingWhenSwept_NoFreshBurst()
    {
        var time = new FakeTimeProvider(T0);
        var limits = new RateLimits(Options.Create(new SecurityOptions { DeviceBurst = 1_000, DeviceMessagesPerSecond = 1 }), time);
        var door = ClientPrincipal.Device("store-1", "door-1");
        while (limits.TryTake(door))
        {
        }

        // 660 s later the door has 660 tokens of its 1,000 back; another principal's message runs the sweep.
        time.Advance(TimeSpan.FromSeconds(660));
        Assert.True(limits.TryTake(ClientPrincipal.App("app-1")));
        var taken = 0;
        while (limits.TryTake(door))
        {
            taken++;
        }

        Assert.Equal(660, taken);
    }
}
