namespace ScenarioEdge.Campaigns.Tests.Support;

/// <summary>Campaign documents for tests, as YAML an operator would write.</summary>
internal static class Yaml
{
    public const string DwellShelf = """
        id: drinks-dwell
        version: 1
        name: Sports drink at the drinks shelf
        stores: [store-1]
        trigger:
          kind: dwellShelf
        conditions:
          - shelves: [shelf-drinks]
            minDwellS: 8
        content:
          appPush:
            title: Thirsty?
            body: "Sports drinks at {shelf} in {zone}: 20% off today"
            deepLink: app://offers/sports-drink
          shelfDisplay:
            title: Sports drink -20%
            ttl: 60s
        limits:
          caps:
            - scope: campaign
              count: 1
              per: calendarDay
          cooldown: 30m
          cooldownAfterDismissal: 7d
          quietHours: drop
        priority: 10
        offerValue: 0.5
        """;
}
