using System.Reflection;

namespace ScenarioEdge.EdgeAgent.Health;

/// <summary>The agent's version as status messages report it (at most 64 characters).</summary>
internal static class StatusVersion
{
    public static readonly string Current = Trim(typeof(StatusVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    private static string Trim(string version) => version.Length > 64 ? version[..64] : version;
}
