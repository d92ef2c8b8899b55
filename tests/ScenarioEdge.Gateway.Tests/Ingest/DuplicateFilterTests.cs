using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Tests.Ingest;

/// <summary>
/// The duplicate filter remembers each sender's recent message ids for as long as the sender's session may live, and
/// no longer: a flood of senders that fall silent (installs erased or abandoned) is let go, while a sender still
/// talking keeps recognising its redeliveries.
/// </summary>
public sealed class DuplicateFilterTests
{
    private static readonly TimeSpan Session = new SecurityOptions().MaxSessionExpiry;

    [Fact]
    public void FirstTime_TenThousandSendersFallSilentPastTheSessionLife_WindowsLetGo()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var filter = new DuplicateFilter(Options.Create(new SecurityOptions()), time);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(filter.FirstTime($"app-{i}", "m-1"));
        }

        Assert.Equal(10_000, filter.Senders);

        time.Advance(Session + TimeSpan.FromHours(1));
        Assert.True(filter.FirstTime("door-1", "m-1"));

        Assert.Equal(1, filter.Senders);
    }

    [Fact]
    public void FirstTime_SenderStillTalkingAcrossSweeps_RedeliveryStillRecognised()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var filter = new DuplicateFilter(Options.Create(new SecurityOptions()), time);
        Assert.True(filter.FirstTime("door-1", "m-1"));
        Assert.True(filter.FirstTime("app-gone", "m-1"));

        time.Advance(Session - TimeSpan.FromHours(2));
        Assert.True(filter.FirstTime("door-1", "m-2"));
        time.Advance(TimeSpan.FromHours(3));
        Assert.True(filter.FirstTime("door-2", "m-1"));

        Assert.False(filter.FirstTime("door-1", "m-1"));
        Assert.False(filter.FirstTime("door-1", "m-2"));
        Assert.Equal(2, filter.Senders);
        Assert.True(filter.FirstTime("app-gone", "m-1"));
    }
}
