using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// The runtime's per-shopper limit states do not pile up for every shopper ever decided about: an idle state whose
/// changes are written is let go, and a returning shopper reads back the same caps and sends from the file.
/// </summary>
public sealed class ShopperLimitsTests : IDisposable
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("se-limits-").FullName;
    private readonly GatewayDatabase _database;
    private readonly ShiftedTimeProvider _time = new();

    public ShopperLimitsTests() => _database = new GatewayDatabase(Path.Combine(_directory, "limits.db"));

    [Fact]
    public void LetGoIdle_TenThousandWrittenShoppersIdleAnHour_LetGoAndReadBackWithTheirSends()
    {
        var limits = new ShopperLimits(_database, _time);
        for (var i = 0; i < 10_000; i++)
        {
            Send(limits, $"shp-{i}");
        }

        Write(limits);
        _time.Advance(ShopperLimits.IdleFor + TimeSpan.FromMinutes(1));
        limits.Get("shp-recent");

        Assert.Equal(10_000, limits.LetGoIdle(_time.GetUtcNow() - ShopperLimits.IdleFor));
        Assert.Equal(1, limits.Held);
        Assert.True(limits.Get("shp-42").Limits.WasSentFor("welcome", Sent), "read back from the file with its send");
    }

    [Fact]
    public void LetGoIdle_ChangeNotYetWritten_Kept()
    {
        var limits = new ShopperLimits(_database, _time);
        Send(limits, "shp-written");
        Write(limits);
        Send(limits, "shp-waiting");
        _time.Advance(ShopperLimits.IdleFor + TimeSpan.FromMinutes(1));

        Assert.Equal(1, limits.LetGoIdle(_time.GetUtcNow() - ShopperLimits.IdleFor));
        Assert.Equal(1, limits.Held);
        Assert.Equal(1, limits.Pending);
        Write(limits);
        Assert.True(new ShopperLimits(_database, _time).Get("shp-waiting").Limits.WasSentFor("welcome", Sent));
    }

    [Fact]
    public void LetGoIdle_UsedWithinTheHour_Kept()
    {
        var limits = new ShopperLimits(_database, _time);
        Send(limits, "shp-a");
        Write(limits);
        _time.Advance(ShopperLimits.IdleFor - TimeSpan.FromMinutes(1));
        limits.Get("shp-a");
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(0, limits.LetGoIdle(_time.GetUtcNow() - ShopperLimits.IdleFor));
        Assert.Equal(1, limits.Held);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static void Send(ShopperLimits limits, string shopper)
    {
        limits.Get(shopper).Limits.RecordSent("welcome", "store-1", "visit-1", Sent, Sent);
        limits.Changed(shopper);
    }

    private void Write(ShopperLimits limits)
    {
        var batch = new CampaignWriteBatch();
        limits.TakeChanges(_time.GetUtcNow(), batch);
        Assert.True(new CampaignWriter(_database, new GatewayMetrics(), _time, NullLogger.Instance).WriteNow(batch));
    }
}
