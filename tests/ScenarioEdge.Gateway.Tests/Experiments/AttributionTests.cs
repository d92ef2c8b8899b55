using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Purchases;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// A till's purchase by an identified shopper credits the last touch in its window — a holdout journey exactly like a
/// sent one — a window that closed gets no credit, and every open window is kept.
/// </summary>
public sealed class AttributionTests
{
    [Fact]
    public async Task Purchase_LastTouchInItsWindowCredited_HoldoutToo_ClosedWindowNot()
    {
        var folder = Folder(
            ("x-early.yaml", Drinks("x-early", "entrance", "priority: 9")),
            ("x-short.yaml", Drinks("x-short", "entrance", "attribution: {window: 1s}")));
        await using var gateway = await PosRig.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Campaigns:Folder"] = folder,
            ["Gateway:Experiments:GlobalControlPercent"] = "0",
        });
        var alice = gateway.Shopper("alice");
        // Written once alice's pseudonym is known: the salt puts her in the holdout (the folder is watched).
        var salt = SaltPlacing(alice, ArmNames.Holdout, ("a", 50), (ArmNames.Holdout, 50));
        Write(folder, ("x-late.yaml", Drinks("x-late", "checkout", $"experiment: {{salt: {salt}, holdoutPercent: 50, variants: [{{name: a, weight: 1}}]}}")));
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        await Eventually.TrueAsync(() => new[] { "x-early", "x-short", "x-late" }.All(active.Current.ById.ContainsKey), "campaigns active");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-p");
        player.Enter("entrance", t);
        await Eventually.TrueAsync(() => gateway.Journeys("x-early").Count == 1 && gateway.Journeys("x-short").Count == 1, "the entrance exposures");
        player.MoveTo("checkout", t.AddSeconds(1));
        await Eventually.TrueAsync(() => gateway.Journeys("x-late").Count == 1, "the checkout exposure");
        Assert.Equal(ArmNames.Holdout, gateway.Journeys("x-late").Single().Arm);
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");
        await using var till = await gateway.ConnectAsync("till-1");

        var ack = await till.PublishAsync("se/v1/stores/store-p/devices/till-1/purchases", PosRig.Purchase("m-1", "r-1", code, qty: 2));

        Assert.True(ack.IsSuccess, ack.ReasonString);
        await Eventually.TrueAsync(() => gateway.Database.Attributions.Count() == 1, "the attribution");
        var late = gateway.Journeys("x-late").Single();
        Assert.NotNull(late.PurchasedAt);
        Assert.Equal(3.0, late.Revenue, 6);
        Assert.Null(gateway.Journeys("x-early").Single().PurchasedAt);
        Assert.Null(gateway.Journeys("x-short").Single().PurchasedAt);
        var attribution = gateway.Database.Attributions.FindAll().Single();
        Assert.Equal("x-late", attribution.Credited);
        Assert.Equal(["x-early", "x-late"], attribution.Claimants.Select(c => c[..c.IndexOf('/', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        // The reports show every open window: x-early's window was open, the purchase went to x-late's later touch.
        var reports = gateway.App.Services.GetRequiredService<ExperimentReports>();
        var early = reports.Build("x-early", null, null, null, FunnelStage.Purchased)!;
        Assert.Equal((1L, 0L), (early.Attribution!.Purchases, early.Attribution.Credited));
        Assert.Equal(new CreditedElsewhere("x-late", 1), Assert.Single(early.Attribution.Elsewhere));
        var lateReport = reports.Build("x-late", null, null, null, FunnelStage.Purchased)!;
        Assert.Equal((1L, 1L), (lateReport.Attribution!.Purchases, lateReport.Attribution.Credited));
        Assert.Empty(lateReport.Attribution.Elsewhere);
        Assert.Equal(0, reports.Build("x-short", null, null, null, FunnelStage.Purchased)!.Attribution!.Purchases);
        Assert.Contains("72 h after the touch", early.AttributionRule, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    /// <summary>A push and a display naming the sports drink (the promoted product); with a push, units are shoppers.</summary>
    private static string Drinks(string id, string zone, string extra) => $"""
        id: {id}
        version: 1
        name: {id}
        stores: [store-p]
        trigger:
          kind: zoneEntered
        conditions:
          - zones: [{zone}]
        content:
          appPush: {"{"} title: "Sports drinks", body: "At the {"{zone}"}", deepLink: "app://drinks" {"}"}
          shelfDisplay: {"{"} display: nearest, title: "Sports drinks", product: sports-500, ttl: 60s {"}"}
        {extra}
        """;
}
