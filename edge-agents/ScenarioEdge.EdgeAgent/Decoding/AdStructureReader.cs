namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// Walks the AD structures of one advertisement (Core spec Vol 3 Part C 11: length, type, data). Stops at a zero
/// length (the rest is padding) and at a structure that claims more bytes than remain; never throws.
/// </summary>
internal ref struct AdStructureReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> rest = data;

    /// <summary>Type of the current structure.</summary>
    public byte Type { get; private set; }

    /// <summary>Data of the current structure, without its length and type bytes.</summary>
    public ReadOnlySpan<byte> Data { get; private set; }

    /// <summary>True when the advertisement ended early: a structure ran past the end of the data.</summary>
    public bool Truncated { get; private set; }

    public bool MoveNext()
    {
        if (rest.IsEmpty || rest[0] == 0)
        {
            return false;
        }

        var length = rest[0];
        if (length + 1 > rest.Length)
        {
            Truncated = true;
            rest = default;
            return false;
        }

        Type = rest[1];
        Data = rest.Slice(2, length - 1);
        rest = rest[(length + 1)..];
        return true;
    }
}
