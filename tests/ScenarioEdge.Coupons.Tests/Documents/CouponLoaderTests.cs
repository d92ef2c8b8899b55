using ScenarioEdge.Coupons.Loading;
using ScenarioEdge.Coupons.Rules;

namespace ScenarioEdge.Coupons.Tests.Documents;

public sealed class CouponLoaderTests
{
    private const string Valid = """
        id: cola-1
        version: 1
        name: 1 EUR off cola
        kind: amount
        value: 1
        scope:
          skus: [cola-330]
        validity:
          days: 14
        budget:
          count: 100
          value: 80
        perShopper: 2
        stores: [store-1]
        """;

    [Fact]
    public void FromYaml_PointsCost_CarriedIntoTheDefinition()
    {
        var loaded = CouponLoader.FromYaml(Valid.Replace("perShopper: 2", "perShopper: 2\npointsCost: 200", StringComparison.Ordinal), new TestCatalog());

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems));
        Assert.Equal(200, ScenarioEdge.Coupons.Rules.CouponDefinition.Of(loaded.Document!).PointsCost);
        Assert.Null(ScenarioEdge.Coupons.Rules.CouponDefinition.Of(CouponLoader.FromYaml(Valid, new TestCatalog()).Document!).PointsCost);
    }

    [Fact]
    public void FromYaml_Valid_LoadsWithDefaultsApplied()
    {
        var loaded = CouponLoader.FromYaml(Valid, new TestCatalog());

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems));
        var definition = CouponDefinition.Of(loaded.Document!);
        Assert.Equal((CouponKind.Amount, 1.0, 14, 100, 80.0, 2), (definition.Kind, definition.Value, definition.ValidDays, definition.BudgetCount, definition.BudgetValue, definition.PerShopper));
        Assert.True(definition.CoversStore("store-1"));
        Assert.False(definition.CoversStore("store-2"));
    }

    [Fact]
    public void FromYaml_ManyProblems_EveryOneListedByPathAndLine()
    {
        var yaml = Valid.Replace("kind: amount", "kind: cashback", StringComparison.Ordinal)
            .Replace("skus: [cola-330]", "skus: [cola-999]", StringComparison.Ordinal)
            .Replace("days: 14", "days: forever", StringComparison.Ordinal)
            .Replace("stores: [store-1]", "stores: [store-9]\ncolour: red", StringComparison.Ordinal);

        var loaded = CouponLoader.FromYaml(yaml, new TestCatalog());

        Assert.False(loaded.IsValid);
        var problems = loaded.Problems.Select(p => (p.Path, p.Line, p.Message)).ToList();
        Assert.Contains(problems, p => p.Path == "$.kind" && p.Line == 4 && p.Message.Contains("'cashback' is not a kind", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.scope.skus[0]" && p.Line == 7 && p.Message.Contains("unknown product 'cola-999'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.validity.days" && p.Line == 9);
        Assert.Contains(problems, p => p.Path == "$.stores[0]" && p.Message.Contains("unknown store 'store-9'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.colour" && p.Line == 15);
    }

    [Theory]
    [InlineData("kind: amount", "kind: percent", "value: 1", "value: 150", "$.value", "1-100")]
    [InlineData("kind: amount", "kind: freeItem", "value: 1", "value: 1", "$.value", "has no value")]
    [InlineData("kind: amount", "kind: percent", "value: 1", "value: 10", "$.budget.value", "only amount coupons")]
    [InlineData("days: 14", "days: 14\n  from: 2026-12-31\n  to: 2026-12-01", "x", "x", "$.validity", "before from")]
    [InlineData("days: 14", "to: 31.12.2026", "x", "x", "$.validity.to", "yyyy-MM-dd")]
    [InlineData("perShopper: 2", "perShopper: 0", "x", "x", "$.perShopper", "outside 1-1000")]
    [InlineData("perShopper: 2", "perShopper: 2\npointsCost: 0", "x", "x", "$.pointsCost", "outside 1-1000000")]
    [InlineData("perShopper: 2", "perShopper: 2\npointsCost: -200", "x", "x", "$.pointsCost", "outside 1-1000000")]
    [InlineData("skus: [cola-330]", "skus: []", "x", "x", "$.scope", "required")]
    [InlineData("stores: [store-1]", "stores: [\"*\", store-1]", "x", "x", "$.stores", "every store")]
    public void FromYaml_BadValue_RefusedNamingIt(string from1, string to1, string from2, string to2, string path, string message)
    {
        var yaml = Valid.Replace(from1, to1, StringComparison.Ordinal).Replace(from2, to2, StringComparison.Ordinal);

        var loaded = CouponLoader.FromYaml(yaml, new TestCatalog());

        Assert.Contains(loaded.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_AliasBombOrHugeDocument_RefusedBySize()
    {
        var huge = "{\"id\":\"" + new string('a', 70_000) + "\"}";

        var loaded = CouponLoader.FromJson(huge, new TestCatalog());

        Assert.Contains(loaded.Problems, p => p.Path == "$" && p.Message.StartsWith("document of ", StringComparison.Ordinal));
    }

    [Fact]
    public void DemoCoupons_EveryFileInDocs_Loads()
    {
        var folder = Path.Combine(CouponSchemaTests.RepositoryRoot(), "docs", "coupons");
        var catalog = new TestCatalog();

        foreach (var file in Directory.GetFiles(folder, "*.yaml"))
        {
            var loaded = CouponLoader.FromYaml(File.ReadAllText(file), catalog);
            Assert.True(loaded.IsValid, $"{Path.GetFileName(file)}: {string.Join("; ", loaded.Problems)}");
        }

        Assert.NotEmpty(Directory.GetFiles(folder, "*.yaml"));
    }

    [Fact]
    public void ToJson_RoundTrip_SameDocument()
    {
        var loaded = CouponLoader.FromYaml(Valid, new TestCatalog());

        var again = CouponLoader.FromJson(CouponLoader.ToJson(loaded.Document!), new TestCatalog());

        Assert.True(again.IsValid);
        Assert.Equal(CouponLoader.ToJson(loaded.Document!), CouponLoader.ToJson(again.Document!));
    }

}
