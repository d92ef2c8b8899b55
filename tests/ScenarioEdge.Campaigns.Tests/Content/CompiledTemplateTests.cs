using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Triggers;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Content;

public sealed class CompiledTemplateTests
{
    [Fact]
    public void Render_Placeholders_FilledFromTheTrigger()
    {
        var template = CompiledTemplate.TryParse("{product} at {shelf} in {zone}, {store} {{50%}}", out var error)!;
        var fact = Fact(TriggerKind.ShelfPick) with { Product = "sports-500", Shelf = "drinks-shelf", Zone = "drinks" };

        Assert.Null(error);
        Assert.Equal("sports-500 at drinks-shelf in drinks, store-1 {50%}", template.Render(fact));
    }

    [Fact]
    public void Render_MarkupInTemplateOrFacts_StaysPlainText()
    {
        // Templates are text: nothing is interpreted or encoded here; the app and the kiosk render the result as text.
        var template = CompiledTemplate.TryParse("<b>{alert}</b>", out _)!;
        var fact = Fact(TriggerKind.Alert) with { AlertText = "<script>alert(1)</script>" };

        Assert.Equal("<b><script>alert(1)</script></b>", template.Render(fact));
    }
}
