using System.Reflection;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// Which ScenarioEdge assembly may reference which. Production assemblies never reference simulator or test code;
/// the pure libraries (protocol, campaign engine, scene model) reference nothing they could not take into a grain. One
/// reference breaks that today and is cut by the architecture step (issue 16): listed, it may only go.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] Production =
        ["ScenarioEdge.Protocol", "ScenarioEdge.Campaigns", "ScenarioEdge.Scenes", "ScenarioEdge.Gateway", "ScenarioEdge.Shelf.Core", "ScenarioEdge.EdgeAgent"];

    /// <summary>What each assembly may reference among ScenarioEdge's own.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["ScenarioEdge.Protocol"] = [],
        ["ScenarioEdge.Campaigns"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.Scenes"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.Shelf.Core"] = ["ScenarioEdge.Protocol"],
        ["ScenarioEdge.EdgeAgent"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core"],
        ["ScenarioEdge.Gateway"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Campaigns", "ScenarioEdge.Scenes"],
        ["ScenarioEdge.Simulation"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core"],
        ["ScenarioEdge.Simulator"] = ["ScenarioEdge.Protocol", "ScenarioEdge.Shelf.Core", "ScenarioEdge.Simulation", "ScenarioEdge.Scenes"],
    };

    /// <summary>References that break the rules today (issue 16 removes them).</summary>
    private static readonly string[] KnownViolations =
    [
        "ScenarioEdge.Gateway -> ScenarioEdge.Simulation",
    ];

    public static TheoryData<string> Assemblies => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_ReferencesOnlyWhatItMay(string name)
    {
        var bad = References(name).Where(r => !Allowed[name].Contains(r, StringComparer.Ordinal))
            .Select(r => $"{name} -> {r}").Except(KnownViolations, StringComparer.Ordinal).ToList();

        Assert.True(bad.Count == 0, $"forbidden project references:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void ProductionAssemblies_NeverReferenceSimulatorOrTestCode()
    {
        var bad = Production.SelectMany(p => References(p).Where(IsSimulatorOrTest).Select(r => $"{p} -> {r}"))
            .Except(KnownViolations, StringComparer.Ordinal).ToList();

        Assert.True(bad.Count == 0, $"production code references simulator or test code:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void KnownViolations_StillThere_OtherwiseTakenOffTheList()
    {
        var gone = KnownViolations.Where(v =>
        {
            var (from, to) = (v[..v.IndexOf(" -> ", StringComparison.Ordinal)], v[(v.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]);
            return !References(from).Contains(to, StringComparer.Ordinal);
        }).ToList();

        Assert.True(gone.Count == 0, $"these references are gone; take them off {nameof(KnownViolations)}:\n{string.Join("\n", gone)}");
    }

    private static bool IsSimulatorOrTest(string name) =>
        name.StartsWith("ScenarioEdge.Simulat", StringComparison.Ordinal) || name.EndsWith(".Tests", StringComparison.Ordinal) || name.EndsWith(".Benchmarks", StringComparison.Ordinal);

    private static List<string> References(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("ScenarioEdge.", StringComparison.Ordinal))];
}
