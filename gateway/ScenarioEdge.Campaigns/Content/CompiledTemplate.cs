using System.Text;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Content;

/// <summary>
/// A plain-text template parsed once at activation. Placeholders are <c>{store}</c>, <c>{zone}</c>, <c>{shelf}</c>,
/// <c>{product}</c>, <c>{alert}</c> (and the reserved <c>{profile.field}</c>); <c>{{</c> and <c>}}</c> write a brace.
/// The result is text: consumers (the app, the kiosk page) must render it as text, never as markup.
/// </summary>
public sealed class CompiledTemplate
{
    private readonly TemplateSegment[] _segments;

    private CompiledTemplate(TemplateSegment[] segments) => _segments = segments;

    public IReadOnlyList<TemplateSegment> Segments => _segments;

    /// <summary>Parses a template; on error returns null and says why.</summary>
    public static CompiledTemplate? TryParse(string template, out string? error)
    {
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        error = null;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c is '{' or '}' && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                error = $"a lone '}}' at character {i + 1} (write '}}}}' for a brace)";
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                error = $"'{{' at character {i + 1} is never closed (write '{{{{' for a brace)";
                return null;
            }

            var name = template[(i + 1)..end];
            var placeholder = Parse(name);
            if (placeholder == Placeholder.None)
            {
                error = $"unknown placeholder {{{name}}} (known: {{store}}, {{zone}}, {{shelf}}, {{product}}, {{alert}})";
                return null;
            }

            if (literal.Length > 0)
            {
                segments.Add(new TemplateSegment(Placeholder.None, literal.ToString()));
                literal.Clear();
            }

            segments.Add(new TemplateSegment(placeholder, name));
            i = end;
        }

        if (literal.Length > 0)
        {
            segments.Add(new TemplateSegment(Placeholder.None, literal.ToString()));
        }

        return new CompiledTemplate([.. segments]);
    }

    public bool Uses(Placeholder placeholder) => Array.Exists(_segments, s => s.Placeholder == placeholder);

    /// <summary>Fills the placeholders from the trigger (validation made sure each one can be filled).</summary>
    public string Render(in TriggerFact fact)
    {
        if (_segments.Length == 1 && _segments[0].Placeholder == Placeholder.None)
        {
            return _segments[0].Text;
        }

        var sb = new StringBuilder();
        foreach (var s in _segments)
        {
            sb.Append(s.Placeholder switch
            {
                Placeholder.None => s.Text,
                Placeholder.Store => fact.Store,
                Placeholder.Zone => fact.Zone,
                Placeholder.Shelf => fact.Shelf,
                Placeholder.Product => fact.Product,
                Placeholder.Alert => fact.AlertText ?? fact.AlertKind,
                _ => "",
            });
        }

        return sb.ToString();
    }

    private static Placeholder Parse(string name) => name switch
    {
        "store" => Placeholder.Store,
        "zone" => Placeholder.Zone,
        "shelf" => Placeholder.Shelf,
        "product" => Placeholder.Product,
        "alert" => Placeholder.Alert,
        _ when name.StartsWith("profile.", StringComparison.Ordinal) && name.Length > 8 => Placeholder.Profile,
        _ => Placeholder.None,
    };
}
