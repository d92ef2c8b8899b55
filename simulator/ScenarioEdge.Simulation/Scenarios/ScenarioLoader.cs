using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Protocol;
using ScenarioEdge.Provisioning;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// Reads and checks scenario files (YAML, camelCase keys; unknown keys are errors, not silently ignored): the store
/// as <see cref="StoreValidation"/> checks it for provisioning, then the simulator's own parts.
/// </summary>
public static class ScenarioLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeMapping<ShelfSpec, SimulatedShelf>()
        .Build();

    public static Scenario LoadFile(string path) => Parse(YamlFiles.Read(path), Path.GetFileName(path));

    public static Scenario Parse(string yaml, string source = "scenario")
    {
        var scenario = YamlFiles.Deserialize<Scenario>(Yaml, yaml, source);
        var error = Validate(scenario);
        return error is null ? scenario : throw new ScenarioException($"{source}: {error}");
    }

    /// <summary>The shopper's token key: from the file, or derived from the seed and the shopper id.</summary>
    public static byte[] KeyOf(Scenario scenario, ShopperSpec shopper)
    {
        if (shopper.Key is { } hex)
        {
            return Convert.FromHexString(hex);
        }

        var material = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{scenario.Seed}/{shopper.Id}"));
        return SHA256.HashData(material)[..ShopperTokens.Length];
    }

    private static string? Validate(Scenario s)
    {
        var store = s.Store;
        if (StoreValidation.Validate(store) is { } storeError)
        {
            return storeError;
        }

        var zones = store.Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        if (store.Radio.PublishIntervalMs is < 100 or > 60_000 || store.Radio.AdvertsPerSecond is <= 0 or > 100 || store.Radio.NoiseDb < 0)
        {
            return "store.radio: publishIntervalMs must be 100..60000, advertsPerSecond 0..100, noiseDb ≥ 0";
        }

        var shoppers = new HashSet<string>(StringComparer.Ordinal);
        var installs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Shoppers.Count; i++)
        {
            var error = ValidateShopper(s.Shoppers[i], $"shoppers[{i}]", zones, shoppers, installs);
            if (error is not null)
            {
                return error;
            }
        }

        if (ShelfScenarioValidation.Validate(s) is { } shelfError)
        {
            return shelfError;
        }

        return CheckoutValidation.Validate(s, shoppers) ?? TimelineValidation.Validate(s, shoppers);
    }

    private static string? ValidateShopper(ShopperSpec shopper, string at, HashSet<string> zones, HashSet<string> shoppers, HashSet<string> installs)
    {
        if (!Ids.IsValid(shopper.Id) || !shoppers.Add(shopper.Id))
        {
            return $"{at}.id: '{shopper.Id}' is invalid or repeated";
        }

        if (!Ids.IsValid(shopper.Install) || !installs.Add(shopper.Install))
        {
            return $"{at}.install: '{shopper.Install}' is invalid or repeated";
        }

        if (shopper.Key is { } key && (key.Length != ShopperTokens.Length * 2 || !key.All(char.IsAsciiHexDigit)))
        {
            return $"{at}.key: expected {ShopperTokens.Length * 2} hex digits";
        }

        for (var j = 0; j < shopper.Journey.Count; j++)
        {
            var step = shopper.Journey[j];
            if (!step.IsAction && step.In != StepSpec.Outside && !zones.Contains(step.In))
            {
                return $"{at}.journey[{j}].in: unknown zone '{step.In}' (zones: {string.Join(", ", zones)}, or outside)";
            }

            if (step.At < 0 || (j > 0 && step.At < shopper.Journey[j - 1].At) || step.WalkS < 0)
            {
                return $"{at}.journey[{j}].at: steps must be in time order with non-negative times";
            }

            if (step.Doing is { } doing && !ActivityWords.IsKnown(doing))
            {
                return $"{at}.journey[{j}].doing: '{doing}' is not an activity ({ActivityWords.Known})";
            }

            if (step.DistanceM is { } distance && (step.Doing is null || distance is < 0 or > 50_000_000))
            {
                return $"{at}.journey[{j}].distanceM: a distance of 0 to 50000000 m, on a step that says what the shopper is doing";
            }
        }

        return null;
    }
}
