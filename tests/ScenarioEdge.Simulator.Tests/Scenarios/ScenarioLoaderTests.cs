using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string Minimal = """
        name: t
        store:
          id: s1
          zones: [ { id: entrance, x: 0, y: 0 } ]
          scanners: [ { device: door-1, zone: entrance, x: 1, y: 0 } ]
        shoppers:
          - id: a
            install: app-a
            journey: [ { at: 1, in: entrance }, { at: 9, in: outside } ]
        expect: [ { push: welcome, to: a, withinS: 10 } ]
        """;

    [Theory]
    [InlineData("demo.yaml")]
    [InlineData("welcome.yaml")]
    [InlineData("returning.yaml")]
    public void LoadFile_ShippedScenarios_AreValid(string name)
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "scenarios", name));
        Assert.NotEmpty(scenario.Shoppers);
        Assert.NotEmpty(scenario.Store.Scanners);
    }

    [Fact]
    public void Parse_Minimal_DefaultsRadioAndDuration()
    {
        var scenario = ScenarioLoader.Parse(Minimal);

        Assert.Equal(-59, scenario.Store.Radio.TxPowerAt1m);
        Assert.Equal(9 + 45, scenario.EffectiveDurationS);
        Assert.Equal(["presence", "offers"], scenario.Shoppers[0].Consent);
    }

    [Theory]
    [InlineData("in: entrance }, { at: 9", "in: drinks }, { at: 9", "shoppers[0].journey[0].in: unknown zone 'drinks' (zones: entrance, or outside)")]
    [InlineData("zone: entrance, x: 1", "zone: bakery, x: 1", "store.scanners[0].zone: unknown zone 'bakery'")]
    [InlineData("to: a,", "to: zed,", "expect[0].to: unknown shopper 'zed'")]
    [InlineData("install: app-a", "install: app a", "shoppers[0].install: 'app a' is invalid")]
    [InlineData("{ at: 9, in: outside }", "{ at: 0.5, in: outside }", "shoppers[0].journey[1].at: steps must be in time order")]
    [InlineData("id: s1", "id: s/1", "store.id: 's/1' is not a valid id")]
    public void Parse_SemanticError_NamesTheField(string find, string replace, string message)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal.Replace(find, replace, StringComparison.Ordinal), "my.yaml"));
        Assert.StartsWith("my.yaml: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_NamesTheLine()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Minimal.Replace("name: t", "name: t\ncolour: blue", StringComparison.Ordinal), "my.yaml"));
        Assert.Contains("my.yaml: line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("colour", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Missing_SaysSo()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile("/nonexistent/x.yaml"));
        Assert.Contains("no such scenario file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf_WithoutKey_IsStablePerSeedAndShopper()
    {
        var scenario = ScenarioLoader.Parse(Minimal);
        var again = ScenarioLoader.Parse(Minimal);
        var other = ScenarioLoader.Parse(Minimal.Replace("name: t", "name: t\nseed: 2", StringComparison.Ordinal));

        Assert.Equal(ScenarioLoader.KeyOf(scenario, scenario.Shoppers[0]), ScenarioLoader.KeyOf(again, again.Shoppers[0]));
        Assert.NotEqual(ScenarioLoader.KeyOf(scenario, scenario.Shoppers[0]), ScenarioLoader.KeyOf(other, other.Shoppers[0]));
        Assert.Equal(16, ScenarioLoader.KeyOf(scenario, scenario.Shoppers[0]).Length);
    }
}
