using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Protocol;

/// <summary>Encodes and decodes protocol messages as UTF-8 JSON with source-generated metadata, and validates them.</summary>
public static class ProtocolCodec
{
    /// <summary>Largest payload accepted, in bytes (a full sightings batch is about 150 KB).</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>Serialises <paramref name="message"/> to UTF-8 JSON.</summary>
    public static byte[] Encode<T>(T message)
        where T : ProtocolMessage => JsonSerializer.SerializeToUtf8Bytes(message, TypeInfo<T>());

    /// <summary>Serialises <paramref name="message"/> into <paramref name="buffer"/>, for senders that reuse buffers.</summary>
    public static void Encode<T>(T message, IBufferWriter<byte> buffer)
        where T : ProtocolMessage
    {
        using var writer = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(writer, message, TypeInfo<T>());
    }

    /// <summary>Decodes and validates one payload; never throws for bad input.</summary>
    public static DecodeResult<T> Decode<T>(ReadOnlySequence<byte> payload)
        where T : ProtocolMessage
    {
        if (payload.IsEmpty)
        {
            return DecodeResult<T>.Fail(DecodeFailure.Empty, "payload is empty: expected a JSON object");
        }

        if (payload.Length > MaxPayloadBytes)
        {
            return DecodeResult<T>.Fail(DecodeFailure.Oversize, $"payload is {payload.Length} bytes, larger than the {MaxPayloadBytes} allowed");
        }

        T? message;
        try
        {
            var reader = new Utf8JsonReader(payload, ReaderOptions);
            message = JsonSerializer.Deserialize(ref reader, TypeInfo<T>());
        }
        catch (MissingOffsetException ex)
        {
            return DecodeResult<T>.Fail(DecodeFailure.InvalidField, Describe(ex));
        }
        catch (JsonException ex)
        {
            return DecodeResult<T>.Fail(DecodeFailure.MalformedJson, Describe(ex));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return DecodeResult<T>.Fail(DecodeFailure.MalformedJson, ex.Message);
        }

        if (message is null)
        {
            return DecodeResult<T>.Fail(DecodeFailure.MalformedJson, "payload is JSON null: expected an object");
        }

        var error = message.Validate();
        if (error is null)
        {
            return new DecodeResult<T>(message, DecodeFailure.None, null);
        }

        return DecodeResult<T>.Fail(error.StartsWith("v:", StringComparison.Ordinal) ? DecodeFailure.UnsupportedVersion : DecodeFailure.InvalidField, error);
    }

    /// <summary>Decodes and validates one payload held in memory.</summary>
    public static DecodeResult<T> Decode<T>(ReadOnlyMemory<byte> payload)
        where T : ProtocolMessage => Decode<T>(new ReadOnlySequence<byte>(payload));

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        (JsonTypeInfo<T>?)ProtocolJsonContext.Default.GetTypeInfo(typeof(T))
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a protocol message.");

    // JsonException messages name the JSON path ("$.sightings[0].rssi"); keep that and drop the type chatter.
    private static string Describe(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? null : ex.Path;
        var text = ex.Message;
        var cut = text.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            text = text[..cut];
        }

        return path is null ? text : $"{path}: {text}";
    }
}
