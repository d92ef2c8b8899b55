namespace ScenarioEdge.Protocol;

/// <summary>Why a payload was refused. The names are stable: they label the rejection counters in /metrics.</summary>
public enum DecodeFailure
{
    /// <summary>Accepted.</summary>
    None = 0,
    /// <summary>Not JSON, or JSON of the wrong shape (a field of the wrong type, a missing required field).</summary>
    MalformedJson,
    /// <summary>Well-formed, but a field's value is out of its range or a required value is empty.</summary>
    InvalidField,
    /// <summary>A schema version newer than this build reads.</summary>
    UnsupportedVersion,
    /// <summary>Larger than <see cref="ProtocolCodec.MaxPayloadBytes"/>.</summary>
    Oversize,
    /// <summary>Empty payload.</summary>
    Empty,
}
