using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Scenarios;

/// <summary>The scenario's checkout steps (a till's purchases and redemptions, the app's share) and their expectations: loaded and checked.</summary>
public sealed class CheckoutStepTests
{
    private const string Minimal = """
        name: t
        store:
          id: s1
          zones: [ { id: checkout, x: 0, y: 0 } ]
          scanners: [ { device: door-1, zone: checkout, x: 1, y: 0 } ]
          pos: [ { device: till-1, zone: checkout, x: 2, y: 0 } ]
        shoppers:
          - id: a
            install: app-a
            journey: [ { at: 0, in: checkout } ]
        checkout:
          - { at: 5, shopper: a, do: purchase, till: till-1, receipt: r-1, items: [ { sku: sports-500, qty: 2, price: 1.49 } ] }
          - { at: 6, shopper: a, do: redeem, till: till-1 }
          - { at: 7, shopper: a, do: redeem, till: till-1, reuseKey: true }
          - { at: 8, shopper: a, do: share, campaign: share-and-earn }
        expect:
          - { answer: redeemed, step: 1 }
          - { points: 50, to: a }
        """;

    [Fact]
    public void Parse_CheckoutKeys_Read()
    {
        var s = ScenarioLoader.Parse(Minimal);

        Assert.Equal(["purchase", "redeem", "redeem", "share"], s.Checkout.Select(c => c.Do));
        Assert.Equal(("r-1", "EUR", true, 2d, 1.49), (s.Checkout[0].Receipt, s.Checkout[0].Currency, s.Checkout[0].CheckoutCode, s.Checkout[0].Items[0].Qty, s.Checkout[0].Items[0].Price));
        Assert.True(s.Checkout[2].ReuseKey);
        Assert.Equal(("redeemed", 1, 50), (s.Expect[0].Answer, s.Expect[0].Step, s.Expect[1].Points));
        Assert.Equal("checkout step 1 answered redeemed", s.Expect[0].ToString());
        Assert.Equal(8 + 45, s.EffectiveDurationS);
    }

    [Theory]
    [InlineData("do: purchase", "do: refund", "checkout[0].do: 'refund' is not purchase, redeem or share")]
    [InlineData("at: 5, shopper: a, do: purchase, till: till-1", "at: 5, shopper: a, do: purchase, till: till-9", "checkout[0].till: 'till-9' is not a till of the store (store.pos: till-1)")]
    [InlineData("at: 6, shopper: a", "at: 6, shopper: zed", "checkout[1].shopper: unknown shopper 'zed'")]
    [InlineData("at: 6, shopper: a", "at: 4, shopper: a", "checkout[1].at: steps must be in time order")]
    [InlineData("receipt: r-1", "receipt: \"r 1\"", "checkout[0].receipt: 'r 1' is invalid")]
    [InlineData("items: [ { sku: sports-500, qty: 2, price: 1.49 } ]", "items: []", "checkout[0].items: at least one line")]
    [InlineData("qty: 2", "qty: 0", "checkout[0].items[0]: a sku, qty more than 0")]
    [InlineData("price: 1.49", "price: -1", "checkout[0].items[0]: a sku, qty more than 0")]
    [InlineData("receipt: r-1,", "receipt: r-1, currency: euro,", "checkout[0].currency: 'euro' — three capital letters")]
    [InlineData("do: redeem, till: till-1 }", "do: redeem, till: till-1, reuseKey: true }", "checkout[1].reuseKey: reuses the key of an earlier redeem step")]
    [InlineData("reuseKey: true", "reuseKey: true, key: k-1", "checkout[2].reuseKey: reuses the key of an earlier redeem step, and not together with key")]
    [InlineData("campaign: share-and-earn", "campaign: \"\"", "checkout[3].campaign: '' — a share names the campaign")]
    [InlineData("step: 1", "step: 0", "expect[0].step: 0 is not a redeem step of checkout")]
    [InlineData("step: 1", "step: 9", "expect[0].step: 9 is not a redeem step of checkout")]
    [InlineData("answer: redeemed", "answer: \"no way\"", "expect[0].answer: 'no way' — redeemed or a refusal's reason")]
    [InlineData("points: 50, to: a", "points: 50, to: zed", "expect[1].to: unknown shopper 'zed'")]
    [InlineData("points: 50", "points: -5", "expect[1].points: 0 or more")]
    public void Parse_BadCheckout_NamesThePath(string find, string replace, string message)
    {
        Assert.Contains(find, Minimal, StringComparison.Ordinal);
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal.Replace(find, replace, StringComparison.Ordinal), "my.yaml"));
        Assert.Contains("my.yaml: " + message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCheckoutKey_NamesTheLine()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal.Replace("reuseKey: true", "reuse: true", StringComparison.Ordinal), "my.yaml"));

        Assert.Contains("my.yaml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 14", ex.Message, StringComparison.Ordinal);
    }
}
