namespace ScenarioEdge.Protocol;

/// <summary>Schema versions. A reader accepts every version up to <see cref="Current"/> and rejects newer ones by name.</summary>
public static class ProtocolVersion
{
    /// <summary>The schema version this build writes and the newest it reads.</summary>
    public const int Current = 1;
}
