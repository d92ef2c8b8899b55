using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>Content per channel. Text is plain text with placeholders: consumers render it as text, never markup.</summary>
public sealed class ContentSpec
{
    [Description("A push to the shopper's app.")]
    public AppPushSpec? AppPush { get; set; }

    [Description("Content for a shelf display near the shopper.")]
    public ShelfDisplaySpec? ShelfDisplay { get; set; }
}
