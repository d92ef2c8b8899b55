using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Provisioning;

namespace ScenarioEdge.Gateway.Tests.Provisioning;

public sealed class ScenarioProvisioningTests
{
    private static readonly string Welcome = GatewayFixture.ScenarioPath("welcome.yaml");

    [Fact]
    public async Task ProvisionScenario_WithShoppersInTheFile_CreatesNoShopperAndRecordsNoConsent()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var answer = await ProvisionAsync(gateway, rotate: false);

        Assert.Equal(["aisle-1", "door-1"], answer.Devices.Select(d => d.Device).Order(StringComparer.Ordinal));
        Assert.Empty(answer.Apps);
        Assert.Equal(0, gateway.Database.Shoppers.Count());
        Assert.Equal(0, gateway.Database.ConsentLog.Count());
    }

    [Fact]
    public async Task ProvisionScenarioAgain_KeepsDeviceSecretsShoppersAndTheirConsents()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.ProvisionAsync(Welcome);
        using (var alice = App(gateway, gateway.Token("alice")))
        {
            Assert.Equal(HttpStatusCode.OK, (await alice.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = false, noticeVersion = "2026-11" })).StatusCode);
        }

        var again = await ProvisionAsync(gateway, rotate: false);

        Assert.Empty(again.Devices);
        Assert.Equal(["aisle-1", "door-1"], again.Unchanged.Order(StringComparer.Ordinal));
        await using (var door = await gateway.ConnectAsync("door-1"))
        {
            Assert.True(door.Client.IsConnected, "the secret issued first still logs in");
        }

        Assert.Equal(2, gateway.Database.Shoppers.Count());
        Assert.Equal(["presence"], gateway.Database.Shoppers.FindById(gateway.Shopper("alice")).Consents);
        Assert.All(gateway.Database.ConsentLog.FindAll(), c => Assert.Contains(c.Source, new[] { "registration", "app" }));
        await using var app = await gateway.ConnectAsync(gateway.Install("alice"));
        Assert.True(app.Client.IsConnected, "the app's token is not re-issued or revoked by provisioning");
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ProvisionScenario_WithRotate_IssuesNewSecretsAndTheOldOnesAreRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.ProvisionAsync(Welcome);
        var old = gateway.Credentials.For("door-1")!.Value;

        var rotated = await ProvisionAsync(gateway, rotate: true);

        var fresh = Assert.Single(rotated.Devices, d => d.Device == "door-1");
        Assert.NotEqual(old.Password, fresh.Password);
        var (refused, answer) = await TestMqtt.TryConnectAsync(gateway.MqttPort, "door-1", old.User, old.Password);
        Assert.Null(refused);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, answer.ResultCode);
        await using var door = await TestMqtt.ConnectAsync(gateway.MqttPort, "door-1", fresh.UserName, fresh.Password);
        Assert.True(door.Client.IsConnected);
    }

    [Fact]
    public async Task ProvisionScenarioAgain_RevokedDevice_StaysRevoked()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.ProvisionAsync(Welcome);
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync("/api/stores/store-w/devices/door-1")).StatusCode);

        var again = await ProvisionAsync(gateway, rotate: false);

        Assert.Equal(["door-1"], again.Revoked);
        Assert.DoesNotContain(again.Devices, d => d.Device == "door-1");
        Assert.True(gateway.Database.Devices.FindById("store-w/door-1").Revoked);
        var login = gateway.Credentials.For("door-1")!.Value;
        var (refused, _) = await TestMqtt.TryConnectAsync(gateway.MqttPort, "door-1", login.User, login.Password);
        Assert.Null(refused);
    }

    [Fact]
    public async Task ProvisionedOffers_SurviveARestart()
    {
        var data = Directory.CreateTempSubdirectory("se-offers-").FullName;
        await using (var first = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], dataDirectory: data))
        {
            Assert.NotNull(first.App.Services.GetRequiredService<OfferCatalogue>().Find("store-s", "sports-500"));
        }

        await using var second = await GatewayFixture.StartAsync(dataDirectory: data);

        var offer = second.App.Services.GetRequiredService<OfferCatalogue>().Find("store-s", "sports-500");
        Assert.Equal(("Sports drink 0.5 l", "Second bottle half price"), (offer?.Title, offer?.Promotion));
        second.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Consent_OnlyThroughTheShoppersOwnApp_OperatorKeyAndOtherInstallCannotChangeIt()
    {
        await using var gateway = await GatewayFixture.StartAsync([Welcome]);
        var bob = gateway.Shopper("bob");

        // An admin key is not an app: it cannot grant consent.
        var asAdmin = await gateway.Http.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = true, noticeVersion = "2026-11" });
        // Alice's token changes alice's consents only, whatever the body says.
        using var alice = App(gateway, gateway.Token("alice"));
        var asAlice = await alice.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = true, noticeVersion = "2026-11", shopper = bob });

        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAlice.StatusCode);
        Assert.Equal(["presence"], gateway.Database.Shoppers.FindById(bob).Consents);
        Assert.Contains("activity", gateway.Database.Shoppers.FindById(gateway.Shopper("alice")).Consents);
        Assert.DoesNotContain(gateway.Database.ConsentLog.FindAll(), c => c.Shopper == bob && c.Source != "registration");
    }

    [Fact]
    public async Task Register_WearableAlreadyAnotherShoppers_IsRefusedNamingIt()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };
        var first = await anonymous.PostAsJsonAsync("/api/app/register", new { consents = new[] { "presence", "activity" }, noticeVersion = "1", wearables = new[] { "hr-strap-7" }, restingHr = 55, maxHr = 185 });

        var second = await anonymous.PostAsJsonAsync("/api/app/register", new { consents = new[] { "activity" }, noticeVersion = "1", wearables = new[] { "hr-strap-7" } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("'hr-strap-7' is already registered to another shopper", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shopper = Assert.Single(gateway.Database.Shoppers.FindAll());
        Assert.Equal(["hr-strap-7"], shopper.Wearables);
        Assert.Equal((55, 185), (shopper.RestingHeartRateBpm, shopper.MaxHeartRateBpm));
    }

    private static async Task<ProvisionedCredentials> ProvisionAsync(GatewayFixture gateway, bool rotate) =>
        await GatewayProvisioningClient.ProvisionAsync(gateway.HttpBase, gateway.ApiKey, await File.ReadAllTextAsync(Welcome), rotate, CancellationToken.None);

    private static HttpClient App(GatewayFixture gateway, string token)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
