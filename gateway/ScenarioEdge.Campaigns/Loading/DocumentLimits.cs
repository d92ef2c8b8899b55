namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// Size limits checked while parsing, before anything is evaluated, so a huge or deeply nested document costs a
/// bounded amount of work to refuse. Defaults are generous for hand-written campaigns (the demo's are under 2 KiB).
/// </summary>
public sealed record DocumentLimits
{
    public int MaxBytes { get; init; } = 64 * 1024;

    /// <summary>Nesting of objects and lists; a campaign needs about 6, anyOf adds 2 per level.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Values of any kind in the document.</summary>
    public int MaxNodes { get; init; } = 4_000;

    /// <summary>Condition objects, nested ones included.</summary>
    public int MaxConditions { get; init; } = 64;

    /// <summary>Nesting of anyOf inside anyOf.</summary>
    public int MaxConditionDepth { get; init; } = 3;

    /// <summary>Any single string; fields have tighter limits of their own.</summary>
    public int MaxStringLength { get; init; } = 2_000;

    /// <summary>Entries of any list of ids (zones, shelves, stores, tags ...).</summary>
    public int MaxListLength { get; init; } = 256;

    public static DocumentLimits Default { get; } = new();
}
