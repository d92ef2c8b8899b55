using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Shelves;

public sealed class ShelfInteractionRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly ShelfInteractionRule _rule = new(TimeSpan.FromSeconds(60));

    [Fact]
    public void Apply_Pick_IsInterest()
    {
        var interaction = _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Pick, "a1", "cola", 0));

        Assert.Equal(ShelfInteractionKind.Pick, interaction?.Kind);
        Assert.Equal("cola", interaction?.Sku);
    }

    [Fact]
    public void Apply_PutOfTheSameSkuOnTheSameLaneWithinTheWindow_IsPickAndPutBack()
    {
        _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Pick, "a1", "cola", 0));

        var interaction = _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Put, "a1", "cola", 20));

        Assert.Equal(ShelfInteractionKind.PickAndPutBack, interaction?.Kind);
    }

    [Theory]
    [InlineData("a1", "cola", 61)]
    [InlineData("a2", "cola", 20)]
    [InlineData("a1", "water", 20)]
    public void Apply_PutTooLateOrElsewhere_IsNothing(string lane, string sku, int afterS)
    {
        _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Pick, "a1", "cola", 0));

        Assert.Null(_rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Put, lane, sku, afterS)));
    }

    [Fact]
    public void Apply_PutWithoutPickOrWeightChange_IsNothing()
    {
        Assert.Null(_rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Put, "a1", "cola", 0)));
        Assert.Null(_rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Weight, "a1", "cola", 1, count: 0)));
    }

    [Fact]
    public void Apply_SecondPutAfterOnePick_PairsOnlyOnce()
    {
        _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Pick, "a1", "cola", 0));
        _rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Put, "a1", "cola", 10));

        Assert.Null(_rule.Apply("s1", "shelf-1", Event(ShelfEventKind.Put, "a1", "cola", 20)));
    }

    private static ShelfEvent Event(ShelfEventKind kind, string lane, string sku, int atS, int count = 1) => new()
    {
        Id = $"{lane}.{atS}.{(int)kind}",
        Ts = T0.AddSeconds(atS),
        Kind = kind,
        Lane = lane,
        Sku = sku,
        Count = count,
    };
}
