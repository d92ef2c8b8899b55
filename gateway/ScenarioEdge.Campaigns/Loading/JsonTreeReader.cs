using System.Globalization;
using System.Text.Json;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// Reads JSON into a <see cref="DocNode"/> tree. The reader's depth limit refuses deep nesting while parsing; the
/// recursion below is bounded by the same limit.
/// </summary>
internal static class JsonTreeReader
{
    public static DocNode? Read(ReadOnlyMemory<byte> json, DocumentLimits limits, List<CampaignProblem> problems)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowTrailingCommas = false });
            var nodes = 0;
            return Convert(doc.RootElement, limits, ref nodes);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var what = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"nesting deeper than {limits.MaxDepth} levels"
                : $"not valid JSON: {ex.Message}";
            problems.Add(new CampaignProblem("$", what, line));
            return null;
        }
        catch (DocumentTooLargeException ex)
        {
            problems.Add(ex.Problem);
            return null;
        }
    }

    private static DocNode Convert(JsonElement e, DocumentLimits limits, ref int nodes)
    {
        if (++nodes > limits.MaxNodes)
        {
            throw new DocumentTooLargeException(new CampaignProblem("$", $"more than {limits.MaxNodes} values in one document"));
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new DocNode { Kind = DocNodeKind.Map };
                foreach (var p in e.EnumerateObject())
                {
                    map.Entries.Add(new(p.Name, Convert(p.Value, limits, ref nodes)));
                }

                return map;
            case JsonValueKind.Array:
                var seq = new DocNode { Kind = DocNodeKind.Sequence };
                foreach (var item in e.EnumerateArray())
                {
                    seq.Items.Add(Convert(item, limits, ref nodes));
                }

                return seq;
            case JsonValueKind.String:
                var text = e.GetString() ?? "";
                if (text.Length > limits.MaxStringLength)
                {
                    throw new DocumentTooLargeException(new CampaignProblem("$", $"a value longer than {limits.MaxStringLength} characters"));
                }

                return new DocNode { Kind = DocNodeKind.Scalar, Text = text, Typed = ScalarType.String };
            case JsonValueKind.Number:
                return new DocNode { Kind = DocNodeKind.Scalar, Text = e.GetRawText(), Typed = ScalarType.Number };
            case JsonValueKind.True or JsonValueKind.False:
                return new DocNode { Kind = DocNodeKind.Scalar, Text = e.GetBoolean().ToString(CultureInfo.InvariantCulture), Typed = ScalarType.Boolean };
            default:
                return new DocNode { Kind = DocNodeKind.Null };
        }
    }
}
