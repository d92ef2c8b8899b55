namespace ScenarioEdge.Protocol;

/// <summary>The outcome of decoding one payload: the message, or why it was refused and a message naming the field.</summary>
public readonly record struct DecodeResult<T>(T? Value, DecodeFailure Failure, string? Error)
    where T : class
{
    /// <summary>True when <see cref="Value"/> holds a valid message.</summary>
    public bool Ok => Failure == DecodeFailure.None;

    internal static DecodeResult<T> Fail(DecodeFailure failure, string error) => new(null, failure, error);
}
