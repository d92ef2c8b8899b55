using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// Experiment alerts and external alerts are about no shopper but would grow for as long as the gateway runs:
/// retention deletes those older than <c>Retention:OperatorRecords</c> (90 days by default) from the LiteDB file, keeps
/// the recent ones across a restart, and refuses a setting shorter than the alert check looks back.
/// </summary>
public sealed class OperatorRecordRetentionTests
{
    [Fact]
    public async Task Restart_AlertsOlderThanOperatorRetention_DeletedRecentOnesKept()
    {
        var now = TimeProvider.System.GetUtcNow();
        string data;
        await using (var gateway = await GatewayFixture.StartAsync())
        {
            data = gateway.DataDirectory;
            var board = gateway.App.Services.GetRequiredService<ExperimentAlertBoard>();
            Assert.True(board.Add(Alert("c-recent", DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1))));
            gateway.Database.ExperimentAlerts.Insert(new ExperimentAlertRecord
            {
                Id = "old", Kind = nameof(AlertKind.ConversionDrop), Campaign = "c-old", Day = "2026-08-01", RaisedAt = now.AddDays(-91).UtcDateTime, Message = "old",
            });
            gateway.Database.Alerts.Insert(new AlertRecord { Id = "storm-old", Kind = "weather", PostedAt = now.AddDays(-95), ValidFrom = now.AddDays(-95), ValidUntil = now.AddDays(-91) });
            gateway.Database.Alerts.Insert(new AlertRecord { Id = "storm-now", Kind = "weather", PostedAt = now.AddDays(-95), ValidFrom = now.AddDays(-95), ValidUntil = now.AddDays(-89) });
        }

        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: data);

        // Retention runs at start.
        await Eventually.TrueAsync(() => restarted.Database.ExperimentAlerts.FindById("old") is null, "the 91-day-old experiment alert deleted");
        await Eventually.TrueAsync(() => restarted.Database.Alerts.FindById("storm-old") is null, "the alert that ended 91 days ago deleted");
        Assert.NotNull(restarted.Database.Alerts.FindById("storm-now"));
        var kept = Assert.Single(restarted.App.Services.GetRequiredService<ExperimentAlertBoard>().List());
        Assert.Equal("c-recent", kept.Campaign);
        // Still known after the restart: the daily check does not raise it twice.
        Assert.False(restarted.App.Services.GetRequiredService<ExperimentAlertBoard>().Add(Alert("c-recent", DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1))));
        restarted.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Gateway_OperatorRetentionShorterThanAWeek_RefusesToStartNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(
            settings: new Dictionary<string, string?> { ["Retention:OperatorRecords"] = "2.00:00:00" }));

        Assert.Contains("OperatorRecords", error.Message, StringComparison.Ordinal);
    }

    private static ExperimentAlert Alert(string campaign, DateOnly day) =>
        new(AlertKind.ConversionDrop, campaign, day, new Dictionary<string, double> { ["rate"] = 0.01 }, $"{campaign}: conversion dropped");
}
