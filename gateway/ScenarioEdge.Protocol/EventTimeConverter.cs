using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol;

/// <summary>
/// Reads event times only as ISO 8601 with an offset (<c>Z</c> or <c>±hh:mm</c>). The default reader takes a time
/// without one as the receiver's local time, so the same payload would mean different instants on different hosts.
/// </summary>
public sealed class EventTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected an ISO 8601 time with offset, e.g. \"2026-11-24T08:00:00+01:00\"");
        }

        if (!reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException("not an ISO 8601 time, e.g. \"2026-11-24T08:00:00+01:00\"");
        }

        var offset = reader.HasValueSequence || reader.ValueIsEscaped
            ? HasOffset(Encoding.UTF8.GetBytes(reader.GetString() ?? ""))
            : HasOffset(reader.ValueSpan);
        return offset ? value : throw new MissingOffsetException();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    // Ends in Z, or in ±hh:mm after the time: a date's own '-' never stands six from the end with ':' three from it.
    private static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length >= 6 && (text[^1] is (byte)'Z' or (byte)'z' || (text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':'));
}
