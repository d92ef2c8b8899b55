using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>Reads any platform's activity word (<see cref="PhoneActivityNames"/>), writes the protocol's own.</summary>
public sealed class PhoneActivityJsonConverter : JsonConverter<PhoneActivity>
{
    // Longer (escaped) than any accepted word could be: refused without being copied.
    private const int MaxRaw = 128;

    /// <inheritdoc />
    public override PhoneActivity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string, one of {PhoneActivityNames.Accepted}");
        }

        var raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        Span<char> word = stackalloc char[MaxRaw];
        var length = raw <= MaxRaw ? reader.CopyString(word) : -1;
        if (length >= 0 && PhoneActivityNames.TryParse(word[..length], out var activity))
        {
            return activity;
        }

        throw new JsonException($"unknown activity '{(length >= 0 ? word[..length].ToString() : "…")}': expected one of {PhoneActivityNames.Accepted}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PhoneActivity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PhoneActivityNames.Name(value));
}
