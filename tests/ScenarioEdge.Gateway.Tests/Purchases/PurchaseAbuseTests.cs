using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MQTTnet;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>Bad purchases and checkout codes: refused or recorded without a shopper, counted, summarised; nothing accepted is lost.</summary>
public sealed class PurchaseAbuseTests
{
    private const string Topic = "se/v1/stores/store-p/devices/till-1/purchases";

    [Fact]
    public async Task CheckoutCode_UsedTwice_SecondPurchaseRecordedWithoutShopperAndCounted_NoOffersConsent409()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");
        using var bobAsks = await PosRig.AskCheckoutCodeAsync(gateway, "bob");

        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", code))).IsSuccess);
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-2", "r-2", code))).IsSuccess);
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-3", "r-3", "ZZZZZZZZ"))).IsSuccess);

        Assert.Equal(gateway.Shopper("alice"), gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Shopper);
        Assert.Null(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-2").Shopper);
        Assert.Null(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-3").Shopper);
        Assert.Equal(2, gateway.Metrics.Purchases["checkout_code_refused"]);
        Assert.Equal(HttpStatusCode.Conflict, bobAsks.StatusCode);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public void CheckoutCodes_Expired_SingleUse_NewCodeVoidsTheOld_BoundToItsShopper()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var database = new ScenarioEdge.Gateway.Storage.GatewayDatabase(Path.Combine(Directory.CreateTempSubdirectory("se-codes-").FullName, "gateway.db"));
        var codes = new CheckoutCodes(database, time);
        var (old, _) = codes.Issue("s-ana", "i-ana");
        var (ana, _) = codes.Issue("s-ana", "i-ana");
        var (ben, _) = codes.Issue("s-ben", "i-ben");

        Assert.Null(codes.Use(old, out var replaced));
        Assert.Equal("s-ben", codes.Use(ben.ToLowerInvariant(), out _));
        Assert.Null(codes.Use(ben, out var reused));
        time.Advance(CheckoutCodes.Lifetime);
        Assert.Null(codes.Use(ana, out var expired));

        Assert.Contains("unknown or already used", replaced, StringComparison.Ordinal);
        Assert.Contains("unknown or already used", reused, StringComparison.Ordinal);
        Assert.Contains("expired", expired, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("future", "more than")]
    [InlineData("no-offset", "offset")]
    [InlineData("total", "is not the sum")]
    [InlineData("no-items", "items")]
    [InlineData("zero-qty", "qty")]
    [InlineData("negative-price", "price")]
    [InlineData("currency", "currency")]
    public async Task Purchase_Invalid_RefusedNamingTheProblem_Counted_NothingRecorded(string defect, string expected)
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");
        var good = PosRig.Purchase("m-1", "r-1");
        var bad = defect switch
        {
            "future" => PosRig.Purchase("m-1", "r-1", ts: PosRig.Now(TimeSpan.FromHours(2))),
            "no-offset" => PosRig.Purchase("m-1", "r-1", ts: "2026-12-01T09:00:00"),
            "total" => good.Replace("\"total\":4.2", "\"total\":5.2", StringComparison.Ordinal),
            "no-items" => """{"v":1,"id":"m-1","ts":"2026-12-01T09:00:00Z","receipt":"r-1","items":[],"total":0,"currency":"EUR"}""",
            "zero-qty" => PosRig.Purchase("m-1", "r-1", qty: 0),
            "negative-price" => good.Replace("\"price\":1.2", "\"price\":-1.2", StringComparison.Ordinal).Replace("\"total\":4.2", "\"total\":1.8", StringComparison.Ordinal),
            _ => good.Replace("\"EUR\"", "\"euro\"", StringComparison.Ordinal),
        };

        var ack = await till.PublishAsync(Topic, bad);

        Assert.False(ack.IsSuccess);
        Assert.Contains(expected, ack.ReasonString, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Database.Purchases.Count());
        Assert.Equal(1, gateway.Metrics.Purchases["invalid"] + gateway.Metrics.Purchases["future_time"]);
    }

    [Fact]
    public async Task Purchase_FloodOfBadPurchases_CountedFewLogLines_GoodOneStillRecorded()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");

        for (var i = 0; i < 300; i++)
        {
            await till.PublishAsync(Topic, PosRig.Purchase($"bad-{i}", $"r-{i}", qty: -1));
        }

        var good = await till.PublishAsync(Topic, PosRig.Purchase("good", "r-good"));

        Assert.True(good.IsSuccess);
        Assert.Equal(300, gateway.Metrics.Purchases["invalid"]);
        Assert.Equal(1, gateway.Database.Purchases.Count());
        Assert.InRange(gateway.Logs.Entries.Count(e => e.Message.Contains("till-1", StringComparison.Ordinal)), 1, ScenarioEdge.Gateway.Observability.RefusalLog.MaxPromptLines + 5);
        Assert.True((await gateway.Http.GetAsync("/health")).IsSuccessStatusCode);
        gateway.AssertNoErrorsLogged();
    }

    /// <summary>
    /// A restart after a purchase was accepted (PUBACK): the purchase is in the book (committed before the PUBACK), and
    /// the till's resend after the restart is recognised as the same receipt, recorded once and raising nothing again.
    /// </summary>
    [Fact]
    public async Task Restart_AfterPurchaseAccepted_PurchaseKept_ResendRecognised()
    {
        var data = Directory.CreateTempSubdirectory("se-pos-").FullName;
        string id;
        string body;
        string alice;
        (string User, string Password) login;
        await using (var gateway = await PosRig.StartAsync(dataDirectory: data))
        {
            await using var till = await gateway.ConnectAsync("till-1");
            login = gateway.Credentials.For("till-1")!.Value;
            alice = gateway.Shopper("alice");
            body = PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice"));
            Assert.True((await till.PublishAsync(Topic, body)).IsSuccess);
            id = gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Id;
        }

        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: data);
        await using var again = await TestMqtt.ConnectAsync(restarted.MqttPort, "till-1", login.User, login.Password);
        var resent = await again.PublishAsync(Topic, body);

        Assert.True(resent.IsSuccess);
        var kept = Assert.Single(restarted.Database.Purchases.FindAll());
        Assert.Equal((id, alice), (kept.Id, kept.Shopper));
        Assert.Equal((1, 0), (restarted.Metrics.Purchases["replayed"], restarted.Metrics.Purchases["checkout_code_refused"]));
    }

    [Fact]
    public async Task Privacy_ExportListsPurchases_ErasureUnlinksAndKeepsTheAccounts()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
        var alice = gateway.Shopper("alice");

        using var export = JsonDocument.Parse(await gateway.Http.GetStringAsync($"/api/shoppers/{alice}/export"));
        Assert.Contains(export.RootElement.EnumerateObject(), p => p.Value.ToString().Contains("\"receipt\":\"r-1\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{alice}")).StatusCode);

        var kept = Assert.Single(gateway.Database.Purchases.FindAll());
        Assert.Null(kept.Shopper);
        Assert.NotNull(kept.ErasedAt);
        Assert.Equal((4.2, "r-1", "store-p"), (kept.Total, kept.Receipt, kept.Store));
    }
}
