using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ScenarioEdge.Provisioning;

/// <summary>Reads a scenario file with a given deserializer; a YAML error names the source, the line and the column.</summary>
public static class YamlFiles
{
    public static T Deserialize<T>(IDeserializer deserializer, string yaml, string source)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(deserializer);
        try
        {
            return deserializer.Deserialize<T?>(yaml) ?? throw new ScenarioException($"{source}: the file is empty");
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message is { } m ? $" ({m})" : "";
            throw new ScenarioException($"{source}: line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}{inner}", ex);
        }
    }

    /// <summary>Reads <paramref name="path"/>, or says that there is no such file.</summary>
    public static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new ScenarioException($"{path}: no such scenario file");
}
