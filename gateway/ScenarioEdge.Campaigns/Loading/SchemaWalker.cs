using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// Checks a <see cref="DocNode"/> tree against the document model's own JSON metadata and writes it out as JSON the
/// source-generated deserializer accepts. It reports every unknown key, wrong type and over-long list at once (the
/// deserializer alone stops at the first), and records the line of each path for later problems.
/// </summary>
internal sealed class SchemaWalker(JsonSerializerOptions options, DocumentLimits limits, List<CampaignProblem> problems)
{
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public void Walk(DocNode node, JsonTypeInfo type, string path, Utf8JsonWriter writer)
    {
        if (node.Line is { } line)
        {
            Lines.TryAdd(path, line);
        }

        var target = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (type.Kind == JsonTypeInfoKind.Object)
        {
            WalkObject(node, type, path, writer);
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable)
        {
            WalkList(node, type, path, writer);
        }
        else if (target == typeof(string))
        {
            WriteScalar(node, path, "a text", _ => true, () => writer.WriteStringValue(""), t => writer.WriteStringValue(t));
        }
        else if (target == typeof(int))
        {
            WriteScalar(node, path, "a whole number", IsInt, () => writer.WriteNumberValue(0), t => writer.WriteNumberValue(int.Parse(t, CultureInfo.InvariantCulture)));
        }
        else if (target == typeof(double))
        {
            WriteScalar(node, path, "a number", IsNumber, () => writer.WriteNumberValue(0), t => writer.WriteNumberValue(double.Parse(t, CultureInfo.InvariantCulture)));
        }
        else if (target == typeof(bool))
        {
            WriteScalar(node, path, "true or false", IsBool, () => writer.WriteBooleanValue(false), t => writer.WriteBooleanValue(bool.Parse(t)));
        }
        else
        {
            problems.Add(new CampaignProblem(path, $"unsupported type {target.Name} in the model", node.Line));
            writer.WriteNullValue();
        }
    }

    private void WalkObject(DocNode node, JsonTypeInfo type, string path, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (node.Kind != DocNodeKind.Map)
        {
            problems.Add(new CampaignProblem(path, "expected an object (a mapping of named fields)", node.Line));
            writer.WriteEndObject();
            return;
        }

        foreach (var (key, value) in node.Entries)
        {
            var childPath = $"{path}.{key}";
            var property = type.Properties.FirstOrDefault(p => p.Name == key);
            if (property is null)
            {
                var known = string.Join(", ", type.Properties.Select(p => p.Name));
                problems.Add(new CampaignProblem(childPath, $"unknown field '{key}' (known here: {known})", value.Line));
                continue;
            }

            if (value.Kind == DocNodeKind.Null)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            Walk(value, options.GetTypeInfo(property.PropertyType), childPath, writer);
        }

        writer.WriteEndObject();
    }

    private void WalkList(DocNode node, JsonTypeInfo type, string path, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        if (node.Kind != DocNodeKind.Sequence)
        {
            problems.Add(new CampaignProblem(path, "expected a list", node.Line));
        }
        else if (node.Items.Count > limits.MaxListLength)
        {
            problems.Add(new CampaignProblem(path, $"a list of {node.Items.Count} entries: at most {limits.MaxListLength}", node.Line));
        }
        else
        {
            var element = options.GetTypeInfo(type.ElementType!);
            for (var i = 0; i < node.Items.Count; i++)
            {
                Walk(node.Items[i], element, $"{path}[{i}]", writer);
            }
        }

        writer.WriteEndArray();
    }

    // A wrong value is written as a neutral default so the rest of the document can still be checked; problems under
    // a path that already has a structural problem are not repeated (see CampaignLoader).
    private void WriteScalar(DocNode node, string path, string expected, Func<string, bool> valid, Action writeDefault, Action<string> write)
    {
        // A quoted YAML scalar or a JSON string is text; a plain YAML scalar takes the type the model asks for.
        var fits = node.Kind == DocNodeKind.Scalar && expected == "a text"
            ? node.Typed is ScalarType.String or ScalarType.Untyped
            : node.Kind == DocNodeKind.Scalar && node.Typed is ScalarType.Number or ScalarType.Boolean or ScalarType.Untyped && valid(node.Text);
        if (!fits)
        {
            var got = node.Kind switch
            {
                DocNodeKind.Map => "an object",
                DocNodeKind.Sequence => "a list",
                _ => $"'{Shorten(node.Text)}'",
            };
            problems.Add(new CampaignProblem(path, $"expected {expected}, got {got}", node.Line));
            writeDefault();
            return;
        }

        write(node.Text);
    }

    private static bool IsBool(string text) => bool.TryParse(text, out _);

    private static bool IsInt(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
