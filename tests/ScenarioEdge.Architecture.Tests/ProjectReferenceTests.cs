using System.Reflection;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// Which ScenarioEdge assembly may reference which. Production assemblies never reference simulator or test code;
/// the pure libraries (protocol, provisioning contract, campaign engine, scene model) reference nothing they could not
/// take into a grain; the demo host is the one place where the gateway and the simulator meet.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] Production =
        ["ScenarioEdge.Protocol", "ScenarioEdge.Provisioning", "ScenarioEdge.Campaigns", "ScenarioEdge.Coupons", "ScenarioEdge.Experiments", "ScenarioEdge.Scenes", "ScenarioEdge.Gateway", "ScenarioEdge.Shelf.Core", "ScenarioEdge.EdgeAgent"];

    /// <summary>The host that composes the gateway with the simulator's store: the one allowed to reference both.</summary>
    private const string DemoHost = "ScenarioEdge.Demo";

    /// <summary>What each assembly may reference among ScenarioEdge's own.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["ScenarioEdge.Protocol"] = [],
        ["ScenarioEdge.Provisioning"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.Campaigns"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Experiments"],
        ["ScenarioEdge.Experiments"] = [],
        // The campaign library for its document reader and catalog: both pure, and coupons never reach back into campaigns.
        ["ScenarioEdge.Coupons"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Campaigns"],
        ["ScenarioEdge.Scenes"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.Shelf.Core"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.EdgeAgent"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core"],
        ["ScenarioEdge.Gateway"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Campaigns", "ScenarioEdge.Coupons", "ScenarioEdge.Experiments", "ScenarioEdge.Scenes", "ScenarioEdge.Provisioning"],
        ["ScenarioEdge.Simulation"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core", "ScenarioEdge.Provisioning"],
        ["ScenarioEdge.Simulator"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core", "ScenarioEdge.Provisioning", "ScenarioEdge.Simulation", "ScenarioEdge.Scenes"],
        [DemoHost] = ["ScenarioEdge.Protocol", "ScenarioEdge.Provisioning", "ScenarioEdge.Campaigns", "ScenarioEdge.Coupons", "ScenarioEdge.Scenes", "ScenarioEdge.Gateway", "ScenarioEdge.Shelf.Core", "ScenarioEdge.Simulation"],
    };

    public static TheoryData<string> Assemblies => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_ReferencesOnlyWhatItMay(string name)
    {
        var bad = References(name).Where(r => !Allowed[name].Contains(r, StringComparer.Ordinal))
            .Select(r => $"{name} -> {r}").ToList();

        Assert.True(bad.Count == 0, $"forbidden project references:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void ProductionAssemblies_NeverReferenceSimulatorOrTestCode()
    {
        var bad = Production.SelectMany(p => References(p).Where(IsSimulatorOrTest).Select(r => $"{p} -> {r}")).ToList();

        Assert.True(bad.Count == 0, $"production code references simulator or test code:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void OnlyTheDemoHost_ReferencesBothGatewayAndSimulation()
    {
        var bad = Allowed.Keys.Where(a => a != DemoHost)
            .Where(a => References(a) is var refs && refs.Contains("ScenarioEdge.Gateway") && refs.Contains("ScenarioEdge.Simulation"))
            .ToList();

        Assert.True(bad.Count == 0, $"only {DemoHost} may compose the gateway with the simulator:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void NoProductionOrSimulatorAssembly_ReferencesTestCode()
    {
        var bad = Allowed.Keys.SelectMany(a => References(a).Where(IsTest).Select(r => $"{a} -> {r}")).ToList();

        Assert.True(bad.Count == 0, $"test code referenced outside the tests:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void ExperimentsCore_IsAPureLibrary()
    {
        var packages = Assembly.Load("ScenarioEdge.Experiments").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not "netstandard" and not "mscorlib")
            .Order(StringComparer.Ordinal).ToList();

        // Sep writes the report CSV: text in, text out, no I/O of its own.
        Assert.Equal(["MathNet.Numerics", "Sep"], packages);
    }

    [Fact]
    public void ProvisioningContract_IsAPureLibrary()
    {
        var packages = Assembly.Load("ScenarioEdge.Provisioning").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not "netstandard" and not "mscorlib")
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["ScenarioEdge.Protocol", "YamlDotNet"], packages);
    }

    private static bool IsSimulatorOrTest(string name) =>
        name.StartsWith("ScenarioEdge.Simulat", StringComparison.Ordinal) || name == DemoHost || IsTest(name);

    private static bool IsTest(string name) =>
        name.EndsWith(".Tests", StringComparison.Ordinal) || name.EndsWith(".Benchmarks", StringComparison.Ordinal);

    private static List<string> References(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("ScenarioEdge.", StringComparison.Ordinal))];
}
