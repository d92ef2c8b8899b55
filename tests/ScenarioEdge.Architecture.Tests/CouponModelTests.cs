using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// The coupon rules (gateway/ScenarioEdge.Coupons) are what a budget-owning grain will host: its types touch no
/// storage, MQTT, hosting, options or web type, and never read a clock (the ledger passes the time in).
/// </summary>
public sealed class CouponModelTests
{
    private static readonly string[] ForbiddenNamespaces =
        ["LiteDB", "MQTTnet", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Options", "Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore", "ScenarioEdge.Gateway"];

    private static readonly string[] ClockReads =
    [
        "System.TimeProvider.", "System.Diagnostics.Stopwatch.", "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.Environment.get_TickCount",
    ];

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
                   let target = Target(dependency)
                   where ForbiddenNamespaces.Any(f => dependency.Target.FullName.StartsWith(f + ".", StringComparison.Ordinal))
                       || ClockReads.Any(c => target.StartsWith(c, StringComparison.Ordinal))
                   select $"{type.FullName} -> {target}").Distinct().ToList();

        Assert.True(bad.Count == 0, $"coupon model types depend on or read:\n{string.Join("\n", bad)}");
    }

    private static string Target(ITypeDependency dependency) => dependency switch
    {
        MethodCallDependency call => $"{call.TargetMember.DeclaringType.FullName}.{call.TargetMember.Name}",
        _ => dependency.Target.FullName + ".",
    };
}
