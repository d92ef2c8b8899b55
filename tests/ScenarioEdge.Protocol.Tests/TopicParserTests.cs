using ScenarioEdge.Protocol;

namespace ScenarioEdge.Protocol.Tests;

public sealed class TopicParserTests
{
    [Theory]
    [InlineData("se/v1/stores/s1/devices/d1/sightings", TopicKind.Sightings, "s1", "d1")]
    [InlineData("se/v1/stores/s1/devices/d1/shelf", TopicKind.Shelf, "s1", "d1")]
    [InlineData("se/v1/stores/s1/devices/d1/wearables", TopicKind.Wearables, "s1", "d1")]
    [InlineData("se/v1/stores/s1/devices/d1/status", TopicKind.Status, "s1", "d1")]
    [InlineData("se/v1/stores/s1/devices/d1/config", TopicKind.Config, "s1", "d1")]
    [InlineData("se/v1/stores/s1/displays/x9", TopicKind.Display, "s1", "x9")]
    [InlineData("se/v1/apps/inst-1/up/activity", TopicKind.AppActivity, "inst-1", "")]
    [InlineData("se/v1/apps/inst-1/up/feedback", TopicKind.AppFeedback, "inst-1", "")]
    [InlineData("se/v1/apps/inst-1/up/sightings", TopicKind.AppSightings, "inst-1", "")]
    [InlineData("se/v1/apps/inst-1/push", TopicKind.AppPush, "inst-1", "")]
    [InlineData("se/v1/scenes/s1/shopper.7", TopicKind.Scene, "s1", "shopper.7")]
    public void TryParse_BuiltTopic_ReturnsKindAndIds(string topic, TopicKind kind, string owner, string leaf)
    {
        Assert.True(TopicParser.TryParse(topic, out var address));
        Assert.Equal(kind, address.Kind);
        Assert.Equal(owner, address.Owner.ToString());
        Assert.Equal(leaf, address.Leaf.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("se/v2/stores/s1/devices/d1/sightings")]
    [InlineData("se/v1/stores/s1/devices/d1/unknown")]
    [InlineData("se/v1/stores/s1/devices/d1/sightings/extra")]
    [InlineData("se/v1/stores/s1/devices//sightings")]
    [InlineData("se/v1/stores/s+1/devices/d1/sightings")]
    [InlineData("se/v1/apps/i1/up/nope")]
    [InlineData("se/v1/apps/i1")]
    [InlineData("other/topic")]
    public void TryParse_NotAProtocolTopic_ReturnsFalse(string topic) =>
        Assert.False(TopicParser.TryParse(topic, out _));

    [Fact]
    public void Builders_ProduceTopicsTheParserReadsBack()
    {
        Assert.True(TopicParser.TryParse(Topics.Sightings("store-1", "door-a"), out var a));
        Assert.Equal(TopicKind.Sightings, a.Kind);
        Assert.True(TopicParser.TryParse(Topics.AppUplink("i-2", AppUplinkKind.Feedback), out var b));
        Assert.Equal(TopicKind.AppFeedback, b.Kind);
        Assert.Equal("se/v1/apps/i-2/push", Topics.AppPush("i-2"));
    }

    [Fact]
    public void Builders_RejectIdsThatWouldBreakTopics()
    {
        var ex = Assert.Throws<ArgumentException>(() => Topics.Sightings("store/1", "d"));
        Assert.Equal("store", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Topics.AppPush("#"));
    }
}
