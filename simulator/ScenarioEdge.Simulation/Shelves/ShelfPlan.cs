using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Shelves;

/// <summary>
/// Resolves the shoppers' pick/put/knock steps to lanes: the lane holding the SKU on a shelf of the zone the shopper
/// is in at that moment (the first such shelf in file order).
/// </summary>
public static class ShelfPlan
{
    /// <summary>Every shelf action of the scenario in time order, or the first step that cannot be resolved.</summary>
    public static (IReadOnlyList<ShelfAction> Actions, string? Error) Resolve(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var actions = new List<ShelfAction>();
        for (var i = 0; i < scenario.Shoppers.Count; i++)
        {
            var shopper = scenario.Shoppers[i];
            for (var j = 0; j < shopper.Journey.Count; j++)
            {
                var step = shopper.Journey[j];
                if (!step.IsAction)
                {
                    continue;
                }

                var at = $"shoppers[{i}].journey[{j}]";
                var (kind, sku) = step.Pick is { } p ? (ShelfActionKind.Pick, p) : step.Put is { } q ? (ShelfActionKind.Put, q) : (ShelfActionKind.Knock, step.Knock!);
                if ((step.Pick is null ? 0 : 1) + (step.Put is null ? 0 : 1) + (step.Knock is null ? 0 : 1) > 1 || step.Count < 1)
                {
                    return ([], $"{at}: one of pick, put or knock per step, with a count of 1 or more");
                }

                var position = JourneyPosition.At(shopper, scenario.Store, step.At);
                if (position.Outside)
                {
                    return ([], $"{at}: {shopper.Id} is outside at {step.At} s and cannot {kind.ToString().ToLowerInvariant()} '{sku}'");
                }

                var found = scenario.Store.Shelves
                    .Where(s => s.Zone == position.Zone)
                    .SelectMany(s => s.Lanes.Select(l => (Shelf: s, Lane: l)))
                    .FirstOrDefault(x => x.Lane.Sku == sku);
                if (found.Shelf is null)
                {
                    return ([], $"{at}: no shelf in zone '{position.Zone}', where {shopper.Id} is at {step.At} s, has a lane with '{sku}'");
                }

                actions.Add(new ShelfAction(step.At, shopper.Id, found.Shelf, found.Lane, kind, step.Count));
            }
        }

        return (actions.OrderBy(a => a.At).ToList(), null);
    }
}
