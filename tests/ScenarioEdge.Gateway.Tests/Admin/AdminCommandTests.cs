using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ScenarioEdge.Gateway.Admin;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Admin;

public sealed class AdminCommandTests
{
    [Fact]
    public async Task CreateKey_OnStoppedDataDirectory_PrintsKeyOnceThatAdministersTheGateway()
    {
        var data = Directory.CreateTempSubdirectory("se-admin-").FullName;
        var (code, output, _) = Run("create-key", "--name", "ops", "--data", data);
        Assert.Equal(0, code);
        var key = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("sek_", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(output, key));

        await using (var gateway = await GatewayFixture.StartAsync(dataDirectory: data))
        {
            using var http = new HttpClient { BaseAddress = gateway.HttpBase };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var created = await http.PostAsJsonAsync("/api/keys", new { name = "viewer-1", role = "viewer" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/stores")).StatusCode);
            gateway.AssertNoErrorsLogged();
        }

        // Stored as a salted hash: the secret part of the key is nowhere in the file.
        var file = await File.ReadAllBytesAsync(Path.Combine(data, "scenarioedge.db"));
        Assert.DoesNotContain(key.Split('_', 3)[2], Encoding.ASCII.GetString(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateKey_WhileGatewayRuns_IsRefusedSayingWhatToDo()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var keysBefore = gateway.Database.ApiKeys.Count();

        var (code, output, error) = Run("create-key", "--name", "ops", "--data", gateway.DataDirectory);

        Assert.Equal(3, code);
        Assert.DoesNotContain("sek_", output, StringComparison.Ordinal);
        Assert.Contains("Is the gateway running?", error, StringComparison.Ordinal);
        Assert.Contains("POST /api/keys", error, StringComparison.Ordinal);
        Assert.Equal(keysBefore, gateway.Database.ApiKeys.Count());
    }

    [Theory]
    [InlineData("create-key")]
    [InlineData("create-key", "--name", "ops", "--role", "root")]
    [InlineData("create-key", "--name")]
    [InlineData("delete-everything", "--name", "ops")]
    [InlineData()]
    [InlineData("create-key", "--name", "   ")]
    [InlineData("create-key", "--name", "ops", "--colour", "red")]
    [InlineData("create-key", "--name", "ops", "--role", "2")]
    public void CreateKey_WithBadArguments_Exits2NamingTheProblem(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Matches("--name|--role|usage", error);
    }

    [Fact]
    public void CreateKey_NameLongerThan64_Exits2WithoutTouchingTheDataDirectory()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("se-admin-").FullName, "data");

        var (code, _, error) = Run("create-key", "--name", new string('n', 65), "--data", data);

        Assert.Equal(2, code);
        Assert.Contains("--name: required, at most 64 characters", error, StringComparison.Ordinal);
        Assert.Contains("Run 'scenarioedge-gateway admin create-key --help' for usage.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Theory]
    [InlineData(new[] { "--help" }, "create-key")]
    [InlineData(new[] { "create-key", "--help" }, "--role <viewer|operator|admin>")]
    [InlineData(new[] { "create-key", "-h" }, "--data <directory>")]
    public void Help_PrintsUsageToOutputAndExitsZero(string[] args, string expected)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(0, code);
        Assert.Contains("scenarioedge-gateway admin", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AdminCommand.Run(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
