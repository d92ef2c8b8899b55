using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Tests.Support;

/// <summary>Compiles test campaigns from YAML and builds trigger facts.</summary>
internal static class Campaigns
{
    public static readonly DateTimeOffset Noon = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero); // Wednesday 12:00 in Berlin

    public static CompiledCampaign Compile(string yaml, TestCatalog? catalog = null)
    {
        catalog ??= TestCatalog.Demo();
        var result = CampaignLoader.FromYaml(yaml, catalog);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return CampaignCompiler.Compile(result.Document!, catalog);
    }

    /// <summary>A minimal campaign: the given trigger block and conditions, an app push, in store-1.</summary>
    public static string Minimal(string id, string trigger, string conditions = "[]", string stores = "[store-1]", string extra = "") => $"""
        id: {id}
        version: 1
        name: {id}
        stores: {stores}
        trigger: {trigger}
        conditions: {conditions}
        content:
          appPush:
            title: Hello
            body: An offer in {"{store}"}
            deepLink: app://offers/{id}
        {extra}
        """;

    public static TriggerFact Fact(TriggerKind kind, DateTimeOffset? at = null, string store = "store-1", string shopper = "s-1") =>
        TriggerFact.Create(kind, at ?? Noon, shopper, store) with { Consents = Consents.Offers | Consents.Presence, Visit = "v-1" };

    public static TriggerFact Dwell(string shelf, double dwellS, string zone = "drinks", string store = "store-1", DateTimeOffset? at = null) =>
        Fact(TriggerKind.DwellShelf, at, store) with { Shelf = shelf, Zone = zone, DwellS = dwellS, Scene = SceneState.InStore, Confidence = 0.9 };
}
