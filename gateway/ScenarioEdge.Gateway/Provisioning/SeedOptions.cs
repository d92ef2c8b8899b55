namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>Scenario files to provision at start (section <c>Gateway:Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Gateway:Seed";

    public List<string> Scenarios { get; set; } = [];
}
