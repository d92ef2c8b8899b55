using ArchUnitNET.Loader;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// The coupon rules (gateway/ScenarioEdge.Coupons) are what a budget-owning grain will host: its types touch no
/// storage, MQTT, hosting, options or web type, and never read a clock (the ledger passes the time in).
/// </summary>
public sealed class CouponModelTests
{
    // The same lists as the scene model's: one definition of "pure" for every library a grain will host.
    private static readonly string[] ForbiddenNamespaces = SceneModelTests.ForbiddenNamespaces;

    private static readonly string[] ClockReads = SceneModelTests.ClockReads;

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Model = new(() =>
        new ArchLoader().LoadAssemblies(typeof(ScenarioEdge.Coupons.Rules.IssueRules).Assembly).Build());

    [Fact]
    public void CouponModel_ReferencesNoStorageMqttHostingOrWebAssembly()
    {
        var bad = typeof(ScenarioEdge.Coupons.Rules.IssueRules).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => ForbiddenNamespaces.Any(f => n.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.True(bad.Count == 0, $"the coupon model references:\n{string.Join("\n", bad)}");
    }

    [Fact]
    public void CouponModelTypes_DependOnNoStorageMqttHostingOrWebTypeAndReadNoClock()
    {
        var bad = (from type in Model.Value.Types
                   where type.Namespace.FullName.StartsWith("ScenarioEdge.Coupons", StringComparison.Ordinal)
                   from dependency in type.Dependencies
                   let target = SceneModelTests.Target(dependency)
                   where ForbiddenNamespaces.Any(f => dependency.Target.FullName.StartsWith(f + ".", StringComparison.Ordinal))
                       || ClockReads.Any(c => target.StartsWith(c, StringComparison.Ordinal))
                   select $"{type.FullName} -> {target}").Distinct().ToList();

        Assert.True(bad.Count == 0, $"coupon model types depend on or read:\n{string.Join("\n", bad)}");
    }
}
