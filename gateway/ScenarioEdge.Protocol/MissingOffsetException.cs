using System.Text.Json;

namespace ScenarioEdge.Protocol;

/// <summary>An event time without a UTC offset: well-formed JSON with a value the protocol rules out (an invalid field).</summary>
public sealed class MissingOffsetException : JsonException
{
    /// <summary>The standard refusal, naming what to send instead.</summary>
    public MissingOffsetException()
        : base("time has no UTC offset; send ISO 8601 with Z or ±hh:mm, e.g. \"2026-11-24T08:00:00+01:00\"")
    {
    }

    /// <inheritdoc />
    public MissingOffsetException(string message)
        : base(message)
    {
    }

    /// <inheritdoc />
    public MissingOffsetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
