using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// A gateway with the welcome store and campaigns written for the test into a folder of their own. The scenario's
/// shopper pseudonyms are random per run, so a test that needs a shopper in one arm picks the experiment's salt that
/// puts them there (<see cref="SaltPlacing"/>), never a fixed one.
/// </summary>
internal static class ExperimentRig
{
    public static async Task<GatewayFixture> StartAsync(string folder, IDictionary<string, string?>? settings = null, string? data = null, TimeProvider? time = null, params string[] campaigns)
    {
        var config = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Gateway:Campaigns:Folder"] = folder,
        };
        config.TryAdd("Gateway:Coupons:Folder", Path.Combine(AppContext.BaseDirectory, "Coupons", "TestCoupons"));
        config.TryAdd("Gateway:Experiments:GlobalControlPercent", "0");
        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], config, data, time: time);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        await Eventually.TrueAsync(() => campaigns.All(active.Current.ById.ContainsKey), "the test campaigns to be active");
        return gateway;
    }

    /// <summary>
    /// A data folder where the welcome scenario is provisioned, and alice's pseudonym there: a gateway started on it
    /// again provisions her anew but keeps this shopper and her consents, so the test plays this pseudonym and can
    /// choose salts for it before the gateway starts.
    /// </summary>
    public static async Task<(string Data, string Alice)> ProbeAsync()
    {
        var data = Directory.CreateTempSubdirectory("se-exp-data-").FullName;
        await using var probe = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = Folder() }, data);
        return (data, probe.Shopper("alice"));
    }

    /// <summary>A new folder holding the given campaign documents (file name → YAML).</summary>
    public static string Folder(params (string File, string Yaml)[] documents)
    {
        var folder = Directory.CreateTempSubdirectory("se-exp-").FullName;
        Write(folder, documents);
        return folder;
    }

    public static void Write(string folder, params (string File, string Yaml)[] documents)
    {
        foreach (var (file, yaml) in documents)
        {
            File.WriteAllText(Path.Combine(folder, file), yaml);
        }
    }

    /// <summary>A salt under which <paramref name="unit"/> falls in <paramref name="wanted"/> among <paramref name="arms"/> (weights in percent).</summary>
    public static string SaltPlacing(string unit, string wanted, params (string Name, double Weight)[] arms)
    {
        var list = arms.Select(a => new Arm(a.Name, a.Weight, a.Name == ArmNames.Holdout)).ToList();
        return Enumerable.Range(0, 10_000).Select(i => $"salt-{i}").First(s => Assigner.Assign(s, unit, list).Name == wanted);
    }

    /// <summary>A global-control salt that puts <paramref name="shopper"/> inside (true) or outside the group of <paramref name="share"/>.</summary>
    public static string ControlSalt(string shopper, double share, bool inside) =>
        Enumerable.Range(0, 10_000).Select(i => $"control-{i}").First(s => Bucket.Of(s, shopper) < share == inside);

    public static IReadOnlyList<Journey> Journeys(this GatewayFixture gateway, string campaign) =>
        gateway.App.Services.GetRequiredService<JourneyBook>().Read(campaign);

    /// <summary>A zone-entry campaign in store-w: the aisle (default) or the entrance, with an app push.</summary>
    public static string Campaign(string id, string extra = "", string zone = "aisle", int version = 1, int priority = 5, string title = "Offer") => $"""
        id: {id}
        version: {version}
        name: {id}
        stores: [store-w]
        trigger:
          kind: zoneEntered
        conditions:
          - zones: [{zone}]
        content:
          appPush: {"{"} title: "{title}", body: "Something in the {"{zone}"}", deepLink: app://offers/{id} {"}"}
        priority: {priority}
        {extra}
        """;
}
