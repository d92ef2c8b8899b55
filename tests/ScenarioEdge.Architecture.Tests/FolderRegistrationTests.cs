using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScenarioEdge.Gateway;

namespace ScenarioEdge.Architecture.Tests;

/// <summary>
/// Each gateway folder registers itself: what a folder's <c>Add…</c> puts in the container is that folder's own
/// types (or the framework's). A folder registering another folder's services hides who owns them, and a new feature
/// would have to be threaded through somebody else's extension. Services added through a factory (a seam implemented
/// here for an interface another folder owns, a metric registration) are the folder's own by construction.
/// </summary>
public sealed class FolderRegistrationTests
{
    private const string Root = "ScenarioEdge.Gateway";

    public static TheoryData<string> Registrations => new(AddMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));

    [Theory]
    [MemberData(nameof(Registrations))]
    public void FolderAdd_RegistersOnlyItsOwnFolderTypes(string registration)
    {
        var method = AddMethods().Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == registration);
        var folder = FolderOf(method.DeclaringType!);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        var before = builder.Services.Count;

        method.Invoke(null, method.GetParameters().Length == 1 ? [builder] : [builder, new GatewayOptions()]);

        var foreign = builder.Services.Skip(before)
            .Select(Implementation)
            .OfType<Type>()
            .Where(t => t.Namespace?.StartsWith(Root + ".", StringComparison.Ordinal) == true && FolderOf(t) != folder)
            .Select(t => t.FullName)
            .Distinct()
            .ToList();
        Assert.True(foreign.Count == 0, $"{registration} ({folder}/) registers other folders' types; move them to their folder's Add…:\n{string.Join("\n", foreign)}");
    }

    [Fact]
    public void FolderAdd_Found_EveryFolderWithServicesHasOne()
    {
        // The reflection above must see the extensions at all, or the theory proves nothing.
        var folders = AddMethods().Select(m => FolderOf(m.DeclaringType!)).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["Broker", "Campaigns", "Coupons", "Delivery", "Experiments", "Identity", "Ingest", "Points", "Privacy", "Provisioning", "Purchases", "Scenes", "Security", "Shelves", "Storage"], StringComparer.Ordinal), folders);
    }

    // A delegate registered as a seam (a metric registration) belongs to the folder of the method it points at.
    private static Type? Implementation(ServiceDescriptor d) =>
        (d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance) is Delegate callback
            ? callback.Method.DeclaringType
            : d.IsKeyedService ? d.KeyedImplementationType ?? d.KeyedImplementationInstance?.GetType()
            : d.ImplementationType ?? d.ImplementationInstance?.GetType();

    private static IEnumerable<MethodInfo> AddMethods() =>
        typeof(GatewayHost).Assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Namespace?.StartsWith(Root + ".", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal)
                && m.GetParameters() is [{ } first, ..] rest
                && typeof(IHostApplicationBuilder).IsAssignableFrom(first.ParameterType)
                && (rest.Length == 1 || (rest.Length == 2 && rest[1].ParameterType == typeof(GatewayOptions))))
            .OrderBy(m => m.DeclaringType!.Name, StringComparer.Ordinal);

    private static string FolderOf(Type type) => type.Namespace![(Root.Length + 1)..].Split('.')[0];
}
