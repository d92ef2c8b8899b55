using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// The structural half of loading, for any document model with source-generated JSON metadata: size limits while
/// parsing, every unknown key and wrong type listed by path (and line, for YAML), then the typed document. Other
/// document kinds (coupon definitions) load through it, so that every operator document refuses the same way.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads <paramref name="text"/> as YAML or JSON into <typeparamref name="T"/>; null when structurally refused.</summary>
    public static DocumentRead<T> Read<T>(string text, bool yaml, JsonTypeInfo<T> type, DocumentLimits? limits = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        limits ??= DocumentLimits.Default;
        var problems = new List<CampaignProblem>();
        var bytes = text.Length > limits.MaxBytes ? text.Length : Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaxBytes)
        {
            problems.Add(new CampaignProblem("$", $"document of {bytes} bytes: at most {limits.MaxBytes}"));
            return new DocumentRead<T>(null, problems, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var root = yaml ? YamlTreeReader.Read(text, limits, problems) : JsonTreeReader.Read(Encoding.UTF8.GetBytes(text), limits, problems);
        if (root is null)
        {
            return new DocumentRead<T>(null, problems, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var buffer = new ArrayBufferWriter<byte>();
        var walker = new SchemaWalker(type.Options, limits, problems);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            walker.Walk(root, type, "$", writer);
        }

        T? document = null;
        try
        {
            document = JsonSerializer.Deserialize(buffer.WrittenSpan, type);
        }
        catch (JsonException ex)
        {
            problems.Add(new CampaignProblem(ex.Path ?? "$", $"could not be read: {ex.Message}"));
        }

        if (document is null && problems.Count == 0)
        {
            problems.Add(new CampaignProblem("$", "expected an object"));
        }

        return new DocumentRead<T>(document, problems, walker.Lines);
    }
}
