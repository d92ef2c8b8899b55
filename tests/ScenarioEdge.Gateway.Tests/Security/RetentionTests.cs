using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Security;

public sealed class RetentionTests
{
    [Fact]
    public void RunOnce_PushesPastRetention_FoldedIntoShopperFreeCountsThenDeleted()
    {
        var now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        using var db = new GatewayDatabase(Path.Combine(Directory.CreateTempSubdirectory("se-ret-").FullName, "r.db"));
        db.Pushes.Insert(Push("old-1", now.AddDays(-8), delivered: true));
        db.Pushes.Insert(Push("old-2", now.AddDays(-8), delivered: false));
        db.Pushes.Insert(Push("new-1", now.AddDays(-1), delivered: true));
        var service = new RetentionService([new PushDataHolder(db)], Options.Create(new RetentionOptions()), time, NullLogger<RetentionService>.Instance);

        var removed = service.RunOnce();

        Assert.Equal(2, removed);
        Assert.Equal(["new-1"], db.Pushes.FindAll().Select(p => p.Id));
        var day = Assert.Single(db.CampaignDays.FindAll());
        Assert.Equal((2, 1, "welcome", "s1"), (day.Sent, day.Delivered, day.Campaign, day.Store));
        Assert.Equal(0, service.RunOnce());
    }

    private static PushRecord Push(string id, DateTimeOffset at, bool delivered) => new()
    {
        Id = id,
        Shopper = "alice",
        Install = "app-alice",
        Store = "s1",
        Campaign = "welcome",
        TriggeredAt = at.UtcDateTime,
        DeliveredAt = delivered ? at.UtcDateTime : null,
    };
}
