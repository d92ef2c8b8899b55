using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>Checkout codes kept in LiteDB: a restart inside the lifetime still accepts a code once; racing tills link one purchase; erasure and withdrawal void it.</summary>
public sealed class CheckoutCodeDurabilityTests
{
    private const string Topic = "se/v1/stores/store-p/devices/till-1/purchases";

    [Fact]
    public async Task CheckoutCode_GatewayRestartsInsideLifetime_StillLinksOnce_NeverStoredInClear()
    {
        var data = Directory.CreateTempSubdirectory("se-codes-").FullName;
        string code;
        (string User, string Password) login;
        string alice;
        await using (var gateway = await PosRig.StartAsync(dataDirectory: data))
        {
            code = await PosRig.CheckoutCodeAsync(gateway, "alice");
            login = gateway.Credentials.For("till-1")!.Value;
            alice = gateway.Shopper("alice");
            var stored = Assert.Single(gateway.Database.CheckoutCodes.FindAll());
            Assert.DoesNotContain(code, JsonSerializer.Serialize(stored), StringComparison.OrdinalIgnoreCase);
        }

        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: data);
        await using var till = await TestMqtt.ConnectAsync(restarted.MqttPort, "till-1", login.User, login.Password);
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", code.ToLowerInvariant()))).IsSuccess);
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-2", "r-2", code))).IsSuccess);

        Assert.Equal(alice, restarted.Database.Purchases.FindOne(p => p.Receipt == "r-1").Shopper);
        Assert.Null(restarted.Database.Purchases.FindOne(p => p.Receipt == "r-2").Shopper);
        Assert.Equal(1, restarted.Metrics.Purchases["checkout_code_refused"]);
        Assert.Equal(0, restarted.Database.CheckoutCodes.Count());
    }

    [Fact]
    public async Task CheckoutCode_TwoTillsPresentItAtOnce_ExactlyOnePurchaseLinked()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till1 = await gateway.ConnectAsync("till-1");
        await using var till2 = await gateway.ConnectAsync("till-2");
        for (var round = 0; round < 5; round++)
        {
            var code = await PosRig.CheckoutCodeAsync(gateway, "alice");
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var one = Task.Run(async () => { await start.Task; return await till1.PublishAsync(Topic, PosRig.Purchase($"a-{round}", $"a-{round}", code)); });
            var two = Task.Run(async () => { await start.Task; return await till2.PublishAsync("se/v1/stores/store-p/devices/till-2/purchases", PosRig.Purchase($"b-{round}", $"b-{round}", code)); });
            start.SetResult();
            Assert.All(await Task.WhenAll(one, two), ack => Assert.True(ack.IsSuccess, ack.ReasonString));
        }

        var linked = gateway.Database.Purchases.Find(p => p.Shopper != null).ToList();
        Assert.Equal(5, linked.Count);
        Assert.Equal(5, linked.Select(p => p.Receipt[2..]).Distinct().Count());
        Assert.Equal((10, 5), (gateway.Database.Purchases.Count(), (int)gateway.Metrics.Purchases["checkout_code_refused"]));
    }

    [Fact]
    public void CheckoutCodes_UsedFromManyThreads_OneWins_ExpiredSwept()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var database = new GatewayDatabase(Path.Combine(Directory.CreateTempSubdirectory("se-codes-").FullName, "gateway.db"));
        var codes = new CheckoutCodes(database, time);
        var (code, _) = codes.Issue("s-ana", "i-ana");

        var winners = new string?[16];
        Parallel.For(0, winners.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => winners[i] = codes.Use(code, out _));

        Assert.Equal("s-ana", Assert.Single(winners.OfType<string>()));
        codes.Issue("s-ben", "i-ben");
        time.Advance(CheckoutCodes.Lifetime);
        Assert.Equal(1, codes.Sweep());
        Assert.Equal(0, database.CheckoutCodes.Count());
    }

    [Theory]
    [InlineData("withdraw")]
    [InlineData("erase")]
    public async Task CheckoutCode_ExportWithoutTheCode_WithdrawingOffersOrErasureVoidsIt(string how)
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");
        var alice = gateway.Shopper("alice");
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");

        var export = await gateway.Http.GetStringAsync($"/api/shoppers/{alice}/export");
        using (var parsed = JsonDocument.Parse(export))
        {
            var open = Assert.Single(parsed.RootElement.GetProperty("data").GetProperty("checkoutCodes").EnumerateArray());
            Assert.Equal(gateway.Install("alice"), open.GetProperty("install").GetString());
        }

        Assert.DoesNotContain(code, export, StringComparison.OrdinalIgnoreCase);
        if (how == "withdraw")
        {
            using var app = CampaignDocs.Client(gateway.HttpBase, gateway.Token("alice"));
            Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = false, noticeVersion = "2026-11" })).StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{alice}")).StatusCode);
        }

        Assert.Equal(0, gateway.Database.CheckoutCodes.Count());
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", code))).IsSuccess);
        Assert.Null(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Shopper);
        Assert.Equal(1, gateway.Metrics.Purchases["checkout_code_refused"]);
    }
}
