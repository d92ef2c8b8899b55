using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>A scenario file: one store, its shoppers and their journeys, and what must happen.</summary>
public sealed class Scenario
{
    public string Name { get; set; } = "";

    /// <summary>Seed of every random draw (noise, derived keys), so a run is repeatable.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Scenario seconds to run; 0 means until the last journey step plus 45 s.</summary>
    public double DurationS { get; set; }

    /// <summary>Repeat every journey forever (demo mode); expectations are not checked.</summary>
    public bool Loop { get; set; }

    public SimulatedStore Store { get; set; } = new();

    public List<ShopperSpec> Shoppers { get; set; } = [];

    public List<ExpectationSpec> Expect { get; set; } = [];

    /// <summary>Scenario seconds the run lasts.</summary>
    public double EffectiveDurationS =>
        DurationS > 0 ? DurationS : Shoppers.SelectMany(s => s.Journey).Select(j => j.At).DefaultIfEmpty(0).Max() + 45;

    /// <summary>What the gateway provisions from this scenario: its name and its store.</summary>
    public StoreFile AsStoreFile() => new(Name, Store);

    /// <summary>Seconds after which a looping journey starts again.</summary>
    public double LoopPeriodS => Shoppers.SelectMany(s => s.Journey).Select(j => j.At).DefaultIfEmpty(0).Max() + 45;
}
