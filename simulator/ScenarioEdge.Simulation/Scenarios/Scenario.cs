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

    /// <summary>
    /// Local time of day in the store's time zone at scenario second 0 (<c>HH:mm</c> or <c>HH:mm:ss</c>); the
    /// clock the simulator and the gateway share is moved there (<see cref="Running.ScenarioStartClock"/>). Now when absent.
    /// </summary>
    public string? StartLocal { get; set; }

    /// <summary>Weekday of <see cref="StartLocal"/> (mon … sun); the latest day that has passed when absent.</summary>
    public string? Weekday { get; set; }

    /// <summary>External alerts the scenario posts through the gateway's operator API for its store.</summary>
    public List<AlertStepSpec> Alerts { get; set; } = [];

    /// <summary>Forward jumps of the shared clock (a later act of the day), at most one per scenario second.</summary>
    public List<ClockJumpSpec> Jumps { get; set; } = [];

    /// <summary>Purchases, redemptions and shares at the store's tills, in time order (first loop only).</summary>
    public List<CheckoutStepSpec> Checkout { get; set; } = [];

    /// <summary>Scenario seconds the run lasts.</summary>
    public double EffectiveDurationS => DurationS > 0 ? DurationS : LastStepS + 45;

    /// <summary>What the gateway provisions from this scenario: its name and its store.</summary>
    public StoreFile AsStoreFile() => new(Name, Store);

    /// <summary>Seconds after which a looping journey starts again.</summary>
    public double LoopPeriodS => LastStepS + 45;

    private double LastStepS =>
        Shoppers.SelectMany(s => s.Journey).Select(j => j.At).Concat(Alerts.Select(a => a.At)).Concat(Jumps.Select(j => j.At)).Concat(Checkout.Select(c => c.At)).DefaultIfEmpty(0).Max();
}
