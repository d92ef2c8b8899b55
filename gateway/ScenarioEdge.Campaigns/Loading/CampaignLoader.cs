using System.Buffers;
using System.Text;
using System.Text.Json;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// Loads a campaign document from JSON or YAML: size limits while parsing, a structural check of every field against
/// the model, then <see cref="CampaignValidator"/>. Problems are listed all at once by JSON path, with the line for
/// YAML; any problem refuses the document whole.
/// </summary>
public static class CampaignLoader
{
    public static CampaignLoadResult FromJson(string json, ICampaignCatalog catalog, DocumentLimits? limits = null)
    {
        // UTF-8 needs at least one byte per character: a string longer than the limit is refused without encoding it.
        limits ??= DocumentLimits.Default;
        if (json.Length > limits.MaxBytes)
        {
            var problems = new List<CampaignProblem>();
            TooLarge(json.Length, limits, problems);
            return new CampaignLoadResult(null, problems);
        }

        return FromJson(Encoding.UTF8.GetBytes(json), catalog, limits);
    }

    public static CampaignLoadResult FromJson(ReadOnlyMemory<byte> utf8, ICampaignCatalog catalog, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        var problems = new List<CampaignProblem>();
        if (TooLarge(utf8.Length, limits, problems))
        {
            return new CampaignLoadResult(null, problems);
        }

        return Finish(JsonTreeReader.Read(utf8, limits, problems), catalog, limits, problems);
    }

    public static CampaignLoadResult FromYaml(string yaml, ICampaignCatalog catalog, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        var problems = new List<CampaignProblem>();
        // Counted before parsing: a string far over the limit is refused without encoding it.
        if (TooLarge(yaml.Length > limits.MaxBytes ? yaml.Length : Encoding.UTF8.GetByteCount(yaml), limits, problems))
        {
            return new CampaignLoadResult(null, problems);
        }

        return Finish(YamlTreeReader.Read(yaml, limits, problems), catalog, limits, problems);
    }

    /// <summary>The document as JSON in the published shape (camelCase, absent values left out).</summary>
    public static string ToJson(CampaignDocument document) => JsonSerializer.Serialize(document, CampaignJsonContext.Default.CampaignDocument);

    private static bool TooLarge(int bytes, DocumentLimits limits, List<CampaignProblem> problems)
    {
        if (bytes <= limits.MaxBytes)
        {
            return false;
        }

        problems.Add(new CampaignProblem("$", $"document of {bytes} bytes: at most {limits.MaxBytes}"));
        return true;
    }

    private static CampaignLoadResult Finish(DocNode? root, ICampaignCatalog catalog, DocumentLimits limits, List<CampaignProblem> problems)
    {
        if (root is null)
        {
            return new CampaignLoadResult(null, problems);
        }

        var buffer = new ArrayBufferWriter<byte>();
        var walker = new SchemaWalker(CampaignJsonContext.Default.Options, limits, problems);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            walker.Walk(root, CampaignJsonContext.Default.CampaignDocument, "$", writer);
        }

        CampaignDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(buffer.WrittenSpan, CampaignJsonContext.Default.CampaignDocument);
        }
        catch (JsonException ex)
        {
            problems.Add(new CampaignProblem(ex.Path ?? "$", $"could not be read: {ex.Message}"));
            return new CampaignLoadResult(null, problems);
        }

        if (document is null)
        {
            problems.Add(new CampaignProblem("$", "expected a campaign object"));
            return new CampaignLoadResult(null, problems);
        }

        var structural = problems.Select(p => p.Path).ToList();
        foreach (var problem in CampaignValidator.Validate(document, catalog, limits))
        {
            // A value already reported as the wrong type was replaced by a default: do not report it twice.
            if (!structural.Exists(s => problem.Path == s || problem.Path.StartsWith(s + ".", StringComparison.Ordinal) || problem.Path.StartsWith(s + "[", StringComparison.Ordinal)))
            {
                problems.Add(problem with { Line = LineOf(walker, problem.Path) });
            }
        }

        return new CampaignLoadResult(problems.Count == 0 ? document : null, problems);
    }

    /// <summary>The line of the path, or of its nearest parent written in the document.</summary>
    private static int? LineOf(SchemaWalker walker, string path)
    {
        for (var p = path; p.Length > 0;)
        {
            if (walker.Lines.TryGetValue(p, out var line))
            {
                return line;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : "";
        }

        return null;
    }
}
