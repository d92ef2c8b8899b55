using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Tests.Triggers;

public sealed class AlertAreaTests
{
    [Fact]
    public void Covers_ListOfStores_OnlyThoseStores()
    {
        var area = new AlertArea(["store-1", "store-3"]);

        Assert.True(area.Covers("store-1", null, null));
        Assert.False(area.Covers("store-2", 52.52, 13.40));
    }

    [Fact]
    public void Covers_PointAndRadius_StoresWithinTheRadius()
    {
        // Berlin Alexanderplatz; the Brandenburg Gate is about 2.3 km away, Potsdam about 27 km.
        var area = new AlertArea(null, 52.5219, 13.4132, 5_000);

        Assert.True(area.Covers("gate", 52.5163, 13.3777));
        Assert.False(area.Covers("potsdam", 52.3906, 13.0645));
        Assert.False(area.Covers("unknown-location", null, null));
        Assert.InRange(AlertArea.DistanceM(52.5219, 13.4132, 52.5163, 13.3777), 2_300, 2_600);
    }
}
