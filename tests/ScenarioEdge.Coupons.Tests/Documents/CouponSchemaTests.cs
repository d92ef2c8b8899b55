using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ScenarioEdge.Coupons.Documents;

namespace ScenarioEdge.Coupons.Tests.Documents;

public sealed class CouponSchemaTests
{
    /// <summary>
    /// The published schema is the model's: when the model changes, regenerate it with
    /// <c>SE_WRITE_COUPON_SCHEMA=1 dotnet test tests/ScenarioEdge.Coupons.Tests --filter "FullyQualifiedName~CouponSchema"</c>.
    /// </summary>
    [Fact]
    public void Generate_CommittedSchema_MatchesTheModel()
    {
        var generated = CouponSchema.Generate();
        var committed = Path.Combine(RepositoryRoot(), "docs", "coupon.schema.json");
        if (Environment.GetEnvironmentVariable("SE_WRITE_COUPON_SCHEMA") == "1")
        {
            File.WriteAllText(committed, generated);
        }

        Assert.True(File.Exists(committed) && generated == File.ReadAllText(committed).ReplaceLineEndings("\n"),
            "docs/coupon.schema.json differs from the model: regenerate it (see this test's summary)");
    }

    [Fact]
    public void Generate_Schema_DescribesEveryFieldAndRefusesUnknownOnes()
    {
        var schema = JsonNode.Parse(CouponSchema.Generate())!.AsObject();

        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(["id", "version", "name", "kind", "value", "scope", "validity", "budget", "perShopper", "pointsCost", "stores"], properties.Select(p => p.Key));
        Assert.All(properties, p => Assert.False(string.IsNullOrEmpty(p.Value!["description"]?.GetValue<string>()), p.Key));
    }

    internal static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
