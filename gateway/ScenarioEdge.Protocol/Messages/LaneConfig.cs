using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>What a shelf lane holds, so that a weight change becomes a product and an item count.</summary>
public sealed record LaneConfig
{
    /// <summary>Lane id on the shelf device.</summary>
    [JsonPropertyName("lane")]
    public required string Lane { get; init; }

    /// <summary>Product on the lane.</summary>
    [JsonPropertyName("sku")]
    public required string Sku { get; init; }

    /// <summary>Weight of one item in grams.</summary>
    [JsonPropertyName("unitGrams")]
    public double UnitGrams { get; init; }

    /// <summary>Tolerance of one item's weight in grams.</summary>
    [JsonPropertyName("toleranceGrams")]
    public double ToleranceGrams { get; init; }

    internal string? Validate(int i)
    {
        var problem = Check.First(
            Check.Id("lane", Lane),
            Check.Required("sku", Sku, 64),
            Check.Range("unitGrams", UnitGrams, 1, 100_000),
            Check.Range("toleranceGrams", ToleranceGrams, 0, UnitGrams / 2));
        return problem is null ? null : $"lanes[{i}].{problem}";
    }
}
