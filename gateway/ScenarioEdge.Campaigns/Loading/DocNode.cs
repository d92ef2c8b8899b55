namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// A parsed document as a plain tree, the same for JSON and YAML, so that one schema walk checks both and YAML keeps
/// its line numbers. Scalars keep their text; <see cref="Typed"/> says whether the source fixed the type (JSON, or a
/// quoted YAML scalar) or left it to the schema (a plain YAML scalar).
/// </summary>
internal sealed class DocNode
{
    public DocNodeKind Kind { get; init; }

    public int? Line { get; init; }

    public string Text { get; init; } = "";

    public ScalarType Typed { get; init; }

    public List<KeyValuePair<string, DocNode>> Entries { get; } = [];

    public List<DocNode> Items { get; } = [];
}
