using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Tests.Support;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Validation;

/// <summary>Every validation rule, each as (document fragment, path of the problem, words of the message).</summary>
public sealed class CampaignValidatorTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();

    public static TheoryData<string, string, string, string> Refused => new()
    {
        // trigger, conditions, extra, expected "path: words"
        { "{kind: teleported}", "[]", "", "$.trigger.kind: not a trigger kind" },
        { "{kind: onlineEvent}", "[]", "", "$.trigger.kind: reserved" },
        { "{kind: zoneEntered}", "[{minTotal: 5}]", "", "$.conditions[0].minTotal: carries no basket" },
        { "{kind: shelfPick}", "[{categories: [drinks]}]", "", "$.conditions[0].categories: carries no basket" },
        { "{kind: purchase}", "[{minTotal: -1}]", "", "$.conditions[0].minTotal: outside" },
        { "{kind: purchase}", "[{categories: [Soft Drinks]}]", "", "$.conditions[0].categories[0]: not an id" },
        { "{kind: sceneEntered}", "[]", "", "$.trigger.scene: not a scene" },
        { "{kind: sceneEntered, scene: flying}", "[]", "", "$.trigger.scene: not a scene" },
        { "{kind: storeEntered, scene: resting}", "[]", "", "$.trigger.scene: takes no scene" },
        { "{kind: timeWindow, scene: commuting}", "[]", "", "$.trigger.window: required" },
        { "{kind: storeEntered, window: {from: '07:00', to: '09:00'}}", "[]", "", "$.trigger.window: only a timeWindow" },
        { "{kind: timeWindow, scene: commuting, window: {from: '7am', to: '09:00'}}", "[]", "", "$.trigger.window.from: not a local time" },
        { "{kind: timeWindow, scene: commuting, window: {from: '09:00', to: '09:00'}}", "[]", "", "$.trigger.window: empty window" },
        { "{kind: dwellShelf}", "[{shelves: [shelf-nowhere]}]", "", "$.conditions[0].shelves[0]: unknown shelf" },
        { "{kind: zoneEntered}", "[{zones: [cellar]}]", "", "$.conditions[0].zones[0]: unknown zone" },
        { "{kind: dwellShelf}", "[{zones: []}]", "", "$.conditions[0].zones: can never hold" },
        { "{kind: shelfPick}", "[{products: [caviar]}]", "", "$.conditions[0].products[0]: unknown product" },
        { "{kind: storeEntered}", "[{zones: [drinks]}]", "", "$.conditions[0].zones: carries no zone" },
        { "{kind: zoneEntered}", "[{shelves: [shelf-drinks]}]", "", "$.conditions[0].shelves: carries no shelf" },
        { "{kind: zoneEntered}", "[{minDwellS: 5}]", "", "$.conditions[0].minDwellS: carries no dwell" },
        { "{kind: storeEntered}", "[{alertKinds: [weather]}]", "", "$.conditions[0].alertKinds: carries no alert" },
        { "{kind: alert}", "[{minAlertSeverity: apocalyptic}]", "", "$.conditions[0].minAlertSeverity: not a severity" },
        { "{kind: alert}", "[{alertKinds: [Weather Warning]}]", "", "$.conditions[0].alertKinds[0]: not an id" },
        { "{kind: storeEntered}", "[{minConfidence: 1.5}]", "", "$.conditions[0].minConfidence: outside 0-1" },
        { "{kind: storeEntered}", "[{heartRateReserve: {}}]", "", "$.conditions[0].heartRateReserve: give min, max" },
        { "{kind: storeEntered}", "[{cadence: {min: 200, max: 100}}]", "", "$.conditions[0].cadence: min is above max" },
        { "{kind: storeEntered}", "[{heartRateReserve: {max: 120}}]", "", "$.conditions[0].heartRateReserve.max: outside 0-100" },
        { "{kind: storeEntered}", "[{maxDistanceM: -1}]", "", "$.conditions[0].maxDistanceM: outside" },
        { "{kind: storeEntered}", "[{weekdays: [funday]}]", "", "$.conditions[0].weekdays[0]: not a day" },
        { "{kind: storeEntered}", "[{timeOfDay: {from: '25:00', to: '09:00'}}]", "", "$.conditions[0].timeOfDay.from: not a local time" },
        { "{kind: storeEntered}", "[{anyOf: []}]", "", "$.conditions[0].anyOf: can never hold" },
        { "{kind: storeEntered}", "[{anyOf: [{zones: [drinks]}]}]", "", "$.conditions[0].anyOf[0].zones: carries no zone" },
        { "{kind: storeEntered}", "[]", "schedule: {start: tomorrow}", "$.schedule.start: not an instant" },
        { "{kind: storeEntered}", "[]", "schedule: {start: '2026-12-02T00:00:00Z', end: '2026-12-01T00:00:00Z'}", "$.schedule.end: ends before it starts" },
        { "{kind: storeEntered}", "[]", "schedule: {start: '2026-12-02T00:00:00'}", "$.schedule.start: not an instant" },
        { "{kind: storeEntered}", "[]", "schedule: {days: []}", "$.schedule.days: empty list" },
        { "{kind: storeEntered}", "[]", "audience: {consents: [marketing]}", "$.audience.consents[0]: not a consent purpose" },
        { "{kind: storeEntered}", "[]", "audience: {shoppers: vip}", "$.audience.shoppers: not one of" },
        { "{kind: storeEntered}", "[]", "limits: {caps: [{scope: everyone, count: 1, per: 1h}]}", "$.limits.caps[0].scope: not a scope" },
        { "{kind: storeEntered}", "[]", "limits: {caps: [{count: 1, per: 100d}]}", "$.limits.caps[0].per: neither calendarDay" },
        { "{kind: storeEntered}", "[]", "limits: {cooldown: 1d, cooldownAfterDismissal: 1h}", "$.limits.cooldownAfterDismissal: shorter than the cooldown" },
        { "{kind: storeEntered}", "[]", "limits: {cooldown: soon}", "$.limits.cooldown: not a duration" },
        { "{kind: storeEntered}", "[]", "limits: {maxPerVisit: 0}", "$.limits.maxPerVisit: outside" },
        { "{kind: storeEntered}", "[]", "limits: {maxDelay: 0s}", "$.limits.maxDelay: not a duration" },
        { "{kind: storeEntered}", "[]", "priority: 5000", "$.priority: outside" },
        { "{kind: storeEntered}", "[]", "offerValue: -1", "$.offerValue: outside" },
        { "{kind: storeEntered}", "[]", "experiment: {holdoutPercent: 80, variants: []}", "$.experiment.holdoutPercent: outside" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: []}", "$.experiment.variants: at least one" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: a, weight: 1}, {name: a, weight: 0}]}", "$.experiment.variants[1].weight: above 0" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: a, weight: 1}, {name: a, weight: 1}]}", "$.experiment.variants[1].name: named twice" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: a, weight: 1, content: {appPush: {title: '{shelf}', body: b, deepLink: 'app://x'}}}]}", "$.experiment.variants[0].content.appPush.title: cannot be filled" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: holdout, weight: 1}]}", "$.experiment.variants[0].name: 'holdout' is reserved" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: control, weight: 1}]}", "$.experiment.variants[0].name: 'control' is reserved" },
        { "{kind: storeEntered}", "[]", "experiment: {variants: [{name: default, weight: 1}]}", "$.experiment.variants[0].name: 'default' is reserved" },
        { "{kind: storeEntered}", "[]", "experiment: {holdoutPercent: -1, variants: [{name: a, weight: 1}]}", "$.experiment.holdoutPercent: outside" },
        { "{kind: storeEntered}", "[]", "attribution: {window: 45d}", "$.attribution.window: '45d' is not a duration" },
        { "{kind: storeEntered}", "[]", "attribution: {grace: soon}", "$.attribution.grace: 'soon' is not a duration" },
        { "{kind: storeEntered}", "[]", "attribution: {visit: maybe}", "$.attribution.visit: " },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void FromYaml_InvalidField_RefusedNamingPathAndProblem(string trigger, string conditions, string extra, string expected)
    {
        var result = CampaignLoader.FromYaml(Minimal("c", trigger, conditions, extra: extra), _catalog);

        var path = expected[..expected.IndexOf(": ", StringComparison.Ordinal)];
        var words = expected[(path.Length + 2)..];
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(words, StringComparison.Ordinal) && p.Line is > 0);
    }

    [Theory]
    [InlineData("[store-9]", "$.stores[0]", "unknown store")]
    [InlineData("[]", "$.stores", "required")]
    [InlineData("[store-1, store-1]", "$.stores[1]", "listed twice")]
    [InlineData("[\"*\", store-1]", "$.stores", "list no other store")]
    public void FromYaml_BadStores_Refused(string stores, string path, string words)
    {
        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: storeEntered}", stores: stores), _catalog);

        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void FromYaml_ZoneMissingInOneOfTheListedStores_RefusedNamingTheStore()
    {
        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: zoneEntered}", "[{zones: [bakery]}]", stores: "[store-1, store-2]"), _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.conditions[0].zones[0]" && p.Message == "zone 'bakery' does not exist in store store-2");
    }

    [Fact]
    public void FromYaml_ZoneInSomeStoresForEveryStore_Accepted()
    {
        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: zoneEntered}", "[{zones: [bakery]}]", stores: "[\"*\"]"), _catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("dwellShelf", "display: display-nowhere", "$.content.shelfDisplay.display", "unknown display")]
    [InlineData("storeEntered", "display: nearest", "$.content.shelfDisplay.display", "no zone to find the nearest display")]
    [InlineData("dwellShelf", "product: caviar", "$.content.shelfDisplay.product", "unknown product")]
    [InlineData("dwellShelf", "product: '{product}'", "$.content.shelfDisplay.product", "{product} cannot be filled by a dwellShelf trigger")]
    [InlineData("dwellShelf", "ttl: 2h", "$.content.shelfDisplay.ttl", "not a duration from 1s to 1h")]
    [InlineData("dwellShelf", "fallback: blank", "$.content.shelfDisplay.fallback", "not a fallback")]
    public void FromYaml_BadShelfDisplay_Refused(string kind, string field, string path, string words)
    {
        var yaml = $$"""
            id: c
            version: 1
            name: c
            stores: [store-1]
            trigger: {kind: {{kind}}}
            content:
              shelfDisplay: {title: Offer, {{field}}}
            """;

        var result = CampaignLoader.FromYaml(yaml, _catalog);

        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(words, StringComparison.Ordinal) && p.Line == 7);
    }

    [Theory]
    [InlineData("sceneEntered, scene: resting", "{shelf}", "{shelf} cannot be filled by a sceneEntered trigger")]
    [InlineData("sceneEntered, scene: resting", "{zone}", "{zone} cannot be filled by a sceneEntered trigger")]
    [InlineData("dwellZone", "{product}", "{product} cannot be filled by a dwellZone trigger")]
    [InlineData("zoneEntered", "{alert}", "{alert} cannot be filled by a zoneEntered trigger")]
    [InlineData("zoneEntered", "{profile.firstName}", "reserved for personalisation")]
    [InlineData("zoneEntered", "{weather}", "unknown placeholder {weather}")]
    [InlineData("zoneEntered", "50% {off", "never closed")]
    [InlineData("zoneEntered", "a } b", "a lone '}'")]
    public void FromYaml_UnfillablePlaceholder_Refused(string trigger, string body, string words)
    {
        var result = CampaignLoader.FromYaml(Minimal("c", $"{{kind: {trigger}}}").Replace("body: An offer in {store}", $"body: \"{body}\"", StringComparison.Ordinal), _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.content.appPush.body" && p.Message.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("shelfPick", "{product} from {shelf} in {zone} at {store} {{not a placeholder}}")]
    [InlineData("alert", "{alert} near {store}")]
    public void FromYaml_FillablePlaceholders_Accepted(string trigger, string body)
    {
        var result = CampaignLoader.FromYaml(Minimal("c", $"{{kind: {trigger}}}").Replace("body: An offer in {store}", $"body: \"{body}\"", StringComparison.Ordinal), _catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("imageUrl: 'http://example.com/a.png'", "$.content.appPush.imageUrl", "not an https URL")]
    [InlineData("couponRef: 'Big Coupon!'", "$.content.appPush.couponRef", "not an id")]
    [InlineData("couponRef: gold-50", "$.content.appPush.couponRef", "unknown coupon 'gold-50'")]
    [InlineData("title: ''", "$.content.appPush.title", "required")]
    public void FromYaml_BadAppPush_Refused(string field, string path, string words)
    {
        var yaml = Minimal("c", "{kind: storeEntered}").Replace("    title: Hello", "    " + field, StringComparison.Ordinal);
        if (!field.StartsWith("title", StringComparison.Ordinal))
        {
            yaml = Minimal("c", "{kind: storeEntered}").Replace("    title: Hello", $"    title: Hello\n    {field}", StringComparison.Ordinal);
        }

        var result = CampaignLoader.FromYaml(yaml, _catalog);

        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript://alert(1)", "scheme 'javascript' is not allowed")]
    [InlineData("DATA://text/html,x", "scheme 'data' is not allowed")]
    [InlineData("offers/coffee", "is not a link")]
    public void FromYaml_UnsafeOrRelativeDeepLink_Refused(string link, string words)
    {
        var yaml = Minimal("c", "{kind: storeEntered}").Replace("deepLink: app://offers/c", $"deepLink: '{link}'", StringComparison.Ordinal);

        var result = CampaignLoader.FromYaml(yaml, _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.content.appPush.deepLink" && p.Message.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void FromYaml_CouponDefined_Valid()
    {
        var yaml = Minimal("c", "{kind: storeEntered}").Replace("    title: Hello", "    title: Hello\n    couponRef: sports-20", StringComparison.Ordinal);

        var result = CampaignLoader.FromYaml(yaml, _catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void FromYaml_NoContent_Refused()
    {
        var result = CampaignLoader.FromYaml("id: c\nversion: 1\nname: c\nstores: [store-1]\ntrigger: {kind: storeEntered}\n", _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.content" && p.Message.Contains("appPush, shelfDisplay or both", StringComparison.Ordinal));
    }

    [Fact]
    public void FromYaml_ControlCharactersInText_Refused()
    {
        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: storeEntered}").Replace("title: Hello", "title: \"Hel\\u0007lo\"", StringComparison.Ordinal), _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.content.appPush.title" && p.Message.Contains("control characters", StringComparison.Ordinal));
    }
}
