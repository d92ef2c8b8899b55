using ScenarioEdge.Simulation.Responses;

namespace ScenarioEdge.Experiments.Tests.Proof;

/// <summary>The response model's draws agree with its closed form, which the proof uses as the truth.</summary>
public sealed class ResponseModelTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Respond_ManyDraws_ConvertAtTheClosedFormChance(bool sent)
    {
        var model = new ResponseModel();
        var random = new Random(7);
        const int n = 100_000;

        var bought = Enumerable.Range(0, n).Count(_ => model.Respond(ProofRig.StoreMix.Draw(random), sent, random).Purchased);

        var p = model.ConversionChance(ProofRig.StoreMix, sent);
        Assert.InRange((double)bought / n, p - (4 * Math.Sqrt(p * (1 - p) / n)), p + (4 * Math.Sqrt(p * (1 - p) / n)));
    }

    [Fact]
    public void Respond_NotSent_NeverReachesTheMessageStages_AndPaysFullPrice()
    {
        var model = new ResponseModel { OrganicPurchase = 1 };

        var r = model.Respond(new OfferContext(1, 20), sent: false, new Random(1));

        Assert.Equal((false, false, false, false, true, 4.0), (r.Delivered, r.Opened, r.Clicked, r.Redeemed, r.Purchased, r.Revenue));
    }

    [Fact]
    public void RedemptionChance_BetterFitAndBiggerCoupon_Higher()
    {
        var model = new ResponseModel();

        Assert.True(model.RedemptionChance(new OfferContext(0.9, 20)) > model.RedemptionChance(new OfferContext(0.1, 20)));
        Assert.True(model.RedemptionChance(new OfferContext(0.5, 30)) > model.RedemptionChance(new OfferContext(0.5, 0)));
        Assert.Equal(0.95 * 0.375 * 0.4 * 0.5, model.RedemptionChance(new OfferContext(0.5, 20)), 12);
    }
}
