using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Shelves;

public sealed class DisplaySelectorTests
{
    private static readonly DeviceRecord Shelf = Device("shelf-1", "shelf", "drinks", 10, 0);

    [Fact]
    public void Select_DisplayInTheShoppersZone_WinsOverANearerOneElsewhere()
    {
        DeviceRecord[] displays = [Device("d-near", "display", "snacks", 10, 1), Device("d-zone", "display", "drinks", 14, 0)];

        var chosen = DisplaySelector.Select(Shelf, "drinks", displays);

        Assert.Equal("d-zone", chosen?.Device);
    }

    [Fact]
    public void Select_SeveralDisplaysInTheZone_TakesTheOneNearestTheShelf()
    {
        DeviceRecord[] displays = [Device("d-far", "display", "drinks", 16, 0), Device("d-close", "display", "drinks", 11, 1)];

        var chosen = DisplaySelector.Select(Shelf, "drinks", displays);

        Assert.Equal("d-close", chosen?.Device);
    }

    [Fact]
    public void Select_NoDisplayInTheZone_TakesTheNearestByPosition()
    {
        DeviceRecord[] displays = [Device("d-door", "display", "entrance", 0, 0), Device("d-bakery", "display", "bakery", 9, 4)];

        var chosen = DisplaySelector.Select(Shelf, "drinks", displays);

        Assert.Equal("d-bakery", chosen?.Device);
    }

    [Fact]
    public void Select_ShopperUnknown_UsesTheShelfsZone()
    {
        DeviceRecord[] displays = [Device("d-near", "display", "snacks", 10, 1), Device("d-zone", "display", "drinks", 14, 0)];

        var chosen = DisplaySelector.Select(Shelf, null, displays);

        Assert.Equal("d-zone", chosen?.Device);
    }

    [Fact]
    public void Select_NoDisplayInTheStore_IsNull()
    {
        DeviceRecord[] displays = [Device("d-other", "display", "drinks", 10, 0, store: "other-store")];

        Assert.Null(DisplaySelector.Select(Shelf, "drinks", displays));
        Assert.Null(DisplaySelector.Select(Shelf, "drinks", []));
    }

    private static DeviceRecord Device(string id, string kind, string zone, double x, double y, string store = "s1") =>
        new() { Id = DeviceRecord.KeyOf(store, id), Store = store, Device = id, Kind = kind, Zone = zone, X = x, Y = y };
}
