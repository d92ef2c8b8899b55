using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>The campaign runtime's writer on a real LiteDB file: writes beside the worker, and never after an erasure.</summary>
public sealed class CampaignWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("se-writer-").FullName;
    private readonly GatewayDatabase _database;
    private readonly GatewayMetrics _metrics = new();

    public CampaignWriterTests() => _database = new GatewayDatabase(Path.Combine(_directory, "writer.db"));

    [Fact]
    public void Forget_WhileABigBatchIsBeingWritten_NothingOfTheShopperIsLeftAfterTheErasure()
    {
        var writer = new CampaignWriter(_database, _metrics, TimeProvider.System, NullLogger.Instance);
        writer.Start(Batch("shp-erased", 5_000, "shp-kept"));

        // What DecisionDataHolder.EraseData does through the runtime: the writer first, then the file.
        writer.Forget("shp-erased");
        _database.Decisions.DeleteMany(d => d.Shopper == "shp-erased");
        _database.CampaignState.Delete("shp-erased");

        Assert.False(writer.Busy);
        Assert.Equal(0, _database.Decisions.Count(d => d.Shopper == "shp-erased"));
        Assert.Null(_database.CampaignState.FindById("shp-erased"));
        Assert.Equal(5_000, _database.Decisions.Count(d => d.Shopper == "shp-kept"));
    }

    [Fact]
    public void WriteNow_AfterAFailedWrite_WritesWhatFailedOnceThenTheNewBatch()
    {
        var writer = new CampaignWriter(_database, _metrics, TimeProvider.System, NullLogger.Instance);
        // A decision id already in the file makes the insert fail (as a full disk would) after the state and the
        // day count went in.
        _database.Decisions.Insert(new DecisionLogRecord { Id = 7, Shopper = "shp-other", Campaign = "c" });
        var first = Batch("shp-a", 3, null);
        first.Decisions[0].Id = 7;
        first.AddDay(new DecisionDayRecord { Id = "c/store/day/sent", Campaign = "c", Store = "store", Outcome = "sent", Count = 2 });

        Assert.False(writer.WriteNow(first));
        Assert.True(writer.HasFailed);
        _database.Decisions.Delete(7);
        Assert.True(writer.WriteNow(Batch("shp-b", 2, null)));

        Assert.False(writer.HasFailed);
        Assert.Equal(3, _database.Decisions.Count(d => d.Shopper == "shp-a"));
        Assert.Equal(2, _database.Decisions.Count(d => d.Shopper == "shp-b"));
        Assert.Equal(2, _database.DecisionDays.FindById("c/store/day/sent").Count);
        Assert.NotNull(_database.CampaignState.FindById("shp-a"));
    }

    public void Dispose()
    {
        _database.Dispose();
        _metrics.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static CampaignWriteBatch Batch(string shopper, int decisions, string? other)
    {
        var batch = new CampaignWriteBatch();
        foreach (var who in other is null ? [shopper] : new[] { shopper, other })
        {
            for (var i = 0; i < decisions; i++)
            {
                batch.Decisions.Add(new DecisionLogRecord
                {
                    Shopper = who, Campaign = "c", Store = "store", Trigger = "storeEntered", Outcome = "sent",
                    Detail = string.Create(CultureInfo.InvariantCulture, $"decision {i}"),
                });
            }

            batch.States[who] = new CampaignStateRecord { Id = who, Limits = "{}" };
        }

        return batch;
    }
}
