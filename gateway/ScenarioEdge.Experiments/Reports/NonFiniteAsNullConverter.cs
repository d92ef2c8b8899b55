using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// Writes NaN and ±∞ (an undefined rate, an open interval bound) as JSON null, which every reader accepts, where
/// System.Text.Json would otherwise throw; reads null back as NaN.
/// </summary>
public sealed class NonFiniteAsNullConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
