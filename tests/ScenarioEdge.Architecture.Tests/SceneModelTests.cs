using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// The scene model (gateway/ScenarioEdge.Scenes) is what a grain will host: plain objects driven by event time.
/// Its types touch no storage, MQTT, hosting, options binding or web type, and never read a clock.
/// </summary>
public sealed class SceneModelTests
{
    internal static readonly string[] ForbiddenNamespaces =
        ["LiteDB", "MQTTnet", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Options", "Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore", "ScenarioEdge.Gateway"];

    /// <summary>Clock reads: time comes into the model as parameters, never from the machine.</summary>
    internal static readonly string[] ClockReads =
    [
        "System.TimeProvider.", "System.Diagnostics.Stopwatch.", "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.Environment.get_TickCount",
    ];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Model = new(() =>
        new ArchLoader().LoadAssemblies(typeof(ScenarioEdge.Scenes.SceneTracker).Assembly).Build());

    [Fact]
    public void SceneModel_ReferencesNoStorageMqttHostingOrWebAssembly()
    {
        var bad = typeof(ScenarioEdge.Scenes.SceneTracker).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => ForbiddenNamespaces.Any(f => n.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.True(bad.Count == 0, $"the scene model references:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void SceneModelTypes_DependOnNoStorageMqttHostingOrWebType()
    {
        var bad = (from type in Model.Value.Types
                   where type.Namespace.FullName.StartsWith("ScenarioEdge.Scenes", StringComparison.Ordinal)
                   from dependency in type.Dependencies
                   let target = dependency.Target.FullName
                   where ForbiddenNamespaces.Any(f => target.StartsWith(f + ".", StringComparison.Ordinal))
                   select $"{type.FullName} -> {target}").Distinct().ToList();

        Assert.True(bad.Count == 0, $"scene model types depend on:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void SceneModelTypes_NeverReadAClock()
    {
        var bad = (from type in Model.Value.Types
                   where type.Namespace.FullName.StartsWith("ScenarioEdge.Scenes", StringComparison.Ordinal)
                   from dependency in type.Dependencies
                   let target = Target(dependency)
                   where ClockReads.Any(c => target.StartsWith(c, StringComparison.Ordinal))
                   select $"{type.FullName} -> {target}").Distinct().ToList();

        Assert.True(bad.Count == 0, $"the scene model reads a clock (take event time as a parameter):\n{string.Join("\n", bad)}");
    }

    internal static string Target(ITypeDependency dependency) => dependency switch
    {
        MethodCallDependency call => $"{call.TargetMember.DeclaringType.FullName}.{call.TargetMember.Name}",
        _ => dependency.Target.FullName + ".",
    };
}
