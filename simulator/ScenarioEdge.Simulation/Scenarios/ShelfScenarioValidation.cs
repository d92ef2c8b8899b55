using ScenarioEdge.Simulation.Shelves;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>Checks what the simulator adds to a store's shelves: the load cells' model, shelf actions, stock and display expectations.</summary>
internal static class ShelfScenarioValidation
{
    public static string? Validate(Scenario s)
    {
        var store = s.Store;
        for (var i = 0; i < store.Shelves.Count; i++)
        {
            var cells = SimulatedShelf.Of(store.Shelves[i]);
            if (cells.NoiseGrams < 0 || cells.SampleRateHz is not (10 or 80) || cells.GlitchProbability is < 0 or > 0.1)
            {
                return $"store.shelves[{i}]: noiseGrams ≥ 0, sampleRateHz 10 or 80, glitchProbability 0..0.1";
            }
        }

        var (actions, error) = ShelfPlan.Resolve(s);
        if (error is not null)
        {
            return error;
        }

        // Stock per lane must cover every pick at its time.
        var stock = store.Shelves.SelectMany(x => x.Lanes).ToDictionary(l => l, l => l.Stock);
        foreach (var action in actions.Where(a => a.Kind != ShelfActionKind.Knock))
        {
            stock[action.Lane] += action.Kind == ShelfActionKind.Put ? action.Count : -action.Count;
            if (stock[action.Lane] < 0)
            {
                return $"{action.Shopper} picks {action.Count} '{action.Lane.Sku}' at {action.At} s but the lane holds fewer";
            }

            if (stock[action.Lane] * action.Lane.UnitGrams > 5000)
            {
                return $"{action.Shopper} puts '{action.Lane.Sku}' back at {action.At} s beyond the lane's 5 kg";
            }
        }

        for (var i = 0; i < s.Expect.Count; i++)
        {
            var expect = s.Expect[i];
            if (expect.Display is { } display && (!store.Displays.Any(d => d.Display == display) || string.IsNullOrEmpty(expect.Shows) || expect.WithinS <= 0 || (actions.Count == 0 && expect.AfterStep is null)))
            {
                return $"expect[{i}]: display must name a display of the store, shows the text to look for, withinS be positive, and the scenario have a shelf action (or the expectation an afterStep)";
            }
        }

        return null;
    }
}
