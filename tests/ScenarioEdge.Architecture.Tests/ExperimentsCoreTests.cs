using ArchUnitNET.Loader;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// The experiments core (gateway/ScenarioEdge.Experiments) is arithmetic: the same report from the same counts on any
/// host, a grain included. It never reads a clock; a report's window comes in as parameters.
/// </summary>
public sealed class ExperimentsCoreTests
{
    [Fact]
    public void ExperimentsTypes_NeverReadAClock()
    {
        var model = new ArchLoader().LoadAssemblies(typeof(ScenarioEdge.Experiments.Statistics.Wilson).Assembly).Build();
        var bad = (from type in model.Types
                   where type.Namespace.FullName.StartsWith("ScenarioEdge.Experiments", StringComparison.Ordinal)
                   from dependency in type.Dependencies
                   let target = SceneModelTests.Target(dependency)
                   where SceneModelTests.ClockReads.Any(c => target.StartsWith(c, StringComparison.Ordinal))
                   select $"{type.FullName} -> {target}").Distinct().ToList();

        Assert.True(bad.Count == 0, $"the experiments core reads a clock:\n{string.Join("\n", bad)}");
    }
}
