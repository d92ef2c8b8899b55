using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ScenarioEdge.Provisioning;

/// <summary>
/// Reads the store of a scenario file (YAML, camelCase keys) and checks it. The same file carries the simulator's
/// sections — shoppers and their journeys, expectations, the radio model, the load cells' noise — which are accepted
/// here without being read or checked (the simulator's own loader checks them); any other unknown key is an error,
/// not silently ignored.
/// </summary>
public static class StoreFileLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeMapping<ShelfSpec, SimulatorShelfKeys>()
        .Build();

    public static StoreFile LoadFile(string path) => Parse(YamlFiles.Read(path), Path.GetFileName(path));

    public static StoreFile Parse(string yaml, string source = "scenario")
    {
        var file = YamlFiles.Deserialize<SimulatorFileKeys>(Yaml, yaml, source);
        var error = StoreValidation.Validate(file.Store);
        return error is null ? new StoreFile(file.Name, file.Store) : throw new ScenarioException($"{source}: {error}");
    }
}
