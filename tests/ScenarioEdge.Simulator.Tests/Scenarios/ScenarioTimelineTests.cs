using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Scenarios;

/// <summary>The scenario's clock, alerts, activity steps and the expectations on the decision log: loaded and checked.</summary>
public sealed class ScenarioTimelineTests
{
    private const string Minimal = """
        name: t
        startLocal: "07:40"
        weekday: tue
        store:
          id: s1
          timeZone: Europe/Berlin
          zones: [ { id: entrance, x: 0, y: 0 } ]
          scanners: [ { device: door-1, zone: entrance, x: 1, y: 0 } ]
        alerts: [ { at: 5, kind: weather, severity: warning, text: Rain } ]
        jumps: [ { at: 20, toLocal: "15:00" } ]
        shoppers:
          - id: a
            install: app-a
            journey: [ { at: 0, in: outside, doing: commuting, distanceM: 180 }, { at: 9, in: entrance } ]
        expect:
          - { push: welcome, to: a, afterStep: 1, withinS: 10 }
          - { push: umbrella, to: a, after: alert, withinS: 5 }
          - { push: welcome, to: a, count: 1 }
          - { push: welcome, to: a, decision: suppressed, reason: cap, rule: once-a-day }
        """;

    public static TheoryData<string> Shipped => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.yaml").Select(Path.GetFileName)!);

    // Every shipped scenario loads in the simulator, and the gateway's provisioning parser accepts the same file.
    [Theory]
    [MemberData(nameof(Shipped))]
    public void LoadFile_ShippedScenario_ValidForTheSimulatorAndTheGateway(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "scenarios", name);

        var scenario = ScenarioLoader.LoadFile(path);
        var store = StoreFileLoader.LoadFile(path);

        Assert.Equal(scenario.Store.Id, store.Store.Id);
    }

    [Fact]
    public void Parse_TimelineKeys_Read()
    {
        var s = ScenarioLoader.Parse(Minimal);

        Assert.Equal(("07:40", "tue"), (s.StartLocal, s.Weekday));
        Assert.Equal(("weather", "warning", 3600d), (s.Alerts[0].Kind, s.Alerts[0].Severity, s.Alerts[0].ValidForS));
        Assert.Equal("15:00", s.Jumps[0].ToLocal);
        Assert.Equal(("commuting", 180d), (s.Shoppers[0].Journey[0].Doing, s.Shoppers[0].Journey[0].DistanceM));
        Assert.Equal(("suppressed", "cap", "once-a-day"), (s.Expect[3].Decision, s.Expect[3].Reason, s.Expect[3].Rule));
        Assert.Equal(20 + 45, s.EffectiveDurationS);
    }

    [Theory]
    [InlineData("startLocal: \"07:40\"", "startLocal: \"7h40\"", "startLocal: '7h40' is not a time of day")]
    [InlineData("startLocal: \"07:40\"", "startLocal: \"24:10\"", "startLocal: '24:10' is not a time of day")]
    [InlineData("weekday: tue", "weekday: tuesday", "weekday: 'tuesday' is not one of sun, mon")]
    [InlineData("timeZone: Europe/Berlin", "timeZone: Mars/Olympus", "store.timeZone: 'Mars/Olympus' is not a time zone")]
    [InlineData("severity: warning", "severity: dire", "alerts[0]: at ≥ 0, text of 1-500 characters")]
    [InlineData("text: Rain", "text: \" \"", "alerts[0]: at ≥ 0, text of 1-500 characters")]
    [InlineData("toLocal: \"15:00\"", "toLocal: later", "jumps[0]: at > 0")]
    [InlineData("doing: commuting", "doing: dancing", "shoppers[0].journey[0].doing: 'dancing' is not an activity")]
    [InlineData("doing: commuting, distanceM: 180", "distanceM: 180", "shoppers[0].journey[0].distanceM: a distance of 0 to 50000000 m, on a step that says")]
    [InlineData("distanceM: 180", "distanceM: -3", "shoppers[0].journey[0].distanceM")]
    [InlineData("afterStep: 1", "afterStep: 7", "expect[0].afterStep: 7 is not a step of a's journey")]
    [InlineData("after: alert", "after: lunch", "expect[1].after: 'lunch'")]
    [InlineData("count: 1", "count: -1", "expect[2].count: 0 or more")]
    [InlineData("decision: suppressed", "decision: ignored", "expect[3].decision: 'ignored' is not sent, suppressed, deferred or dropped")]
    [InlineData("count: 1 }", "count: 1, reason: cap }", "expect[2]: reason and rule belong to a decision expectation")]
    public void Parse_BadTimeline_NamesThePath(string find, string replace, string message)
    {
        Assert.Contains(find, Minimal, StringComparison.Ordinal);
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal.Replace(find, replace, StringComparison.Ordinal), "my.yaml"));
        Assert.Contains("my.yaml: " + message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AfterAlertWithoutAlerts_Refused()
    {
        var yaml = Minimal.Replace("alerts: [ { at: 5, kind: weather, severity: warning, text: Rain } ]\n", "", StringComparison.Ordinal);

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "my.yaml"));
        Assert.Contains("expect[1].after: 'alert' — only 'alert', in a scenario that posts one", ex.Message, StringComparison.Ordinal);
    }
}
