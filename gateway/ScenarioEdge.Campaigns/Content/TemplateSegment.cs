namespace ScenarioEdge.Campaigns.Content;

/// <summary>One piece of a compiled template: literal text, or a placeholder to fill.</summary>
public readonly record struct TemplateSegment(Placeholder Placeholder, string Text);
