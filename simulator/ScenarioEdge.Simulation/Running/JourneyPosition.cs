using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>Where a shopper is at a scenario time: outside (out of radio range) or at a point in the store.</summary>
public readonly record struct JourneyPosition(bool Outside, double X, double Y, string Zone)
{
    public static JourneyPosition At(ShopperSpec shopper, StoreSpec store, double t)
    {
        // Shelf actions (pick, put, knock) happen where the shopper stands; only moves change the position.
        var journey = shopper.Journey;
        int index = -1, before = -1;
        for (var i = 0; i < journey.Count && journey[i].At <= t; i++)
        {
            if (!journey[i].IsAction)
            {
                (before, index) = (index, i);
            }
        }

        if (index < 0 || journey[index].In == StepSpec.Outside)
        {
            return new JourneyPosition(true, 0, 0, StepSpec.Outside);
        }

        var step = journey[index];
        var target = ZoneById(store, step.In);
        var previous = before >= 0 && journey[before].In != StepSpec.Outside ? ZoneById(store, journey[before].In) : null;
        if (previous is null || step.WalkS <= 0 || t - step.At >= step.WalkS)
        {
            return new JourneyPosition(false, target.X, target.Y, target.Id);
        }

        var f = (t - step.At) / step.WalkS;
        return new JourneyPosition(false, previous.X + (f * (target.X - previous.X)), previous.Y + (f * (target.Y - previous.Y)), target.Id);
    }

    /// <summary>Scenario time the shopper first steps into the store, or null if never.</summary>
    public static double? FirstEntry(ShopperSpec shopper) =>
        shopper.Journey.FirstOrDefault(s => !s.IsAction && s.In != StepSpec.Outside)?.At;

    private static ZoneSpec ZoneById(StoreSpec store, string id) => store.Zones.First(z => z.Id == id);
}
