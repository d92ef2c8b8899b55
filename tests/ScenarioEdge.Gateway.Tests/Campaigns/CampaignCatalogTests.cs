using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// The catalog campaigns are validated against keeps one snapshot of provisioning; a change must be seen by every
/// question asked after it was announced, whatever other threads were reading at the time. Otherwise a snapshot read
/// just before a store was provisioned would be kept after it, and the campaigns naming that store would be refused
/// and, the catalog not changing again, never judged again. (The race this guards was found by reading the code; its
/// window was too narrow for this test to hit on the old code.)
/// </summary>
public sealed class CampaignCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("se-catalog-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ProvisioningWhileOthersRead_EveryChangeSeenOnceAnnounced()
    {
        const int Changes = 400;
        using var db = new GatewayDatabase(Path.Combine(_directory, "catalog.db"));
        var changes = new ProvisioningChanges();
        using var services = new ServiceCollection().AddOptions().BuildServiceProvider();
        var catalog = new CampaignCatalog(db, changes, services.GetRequiredService<IOptionsMonitor<ShelfOptions>>());
        // What the campaign folder does on a change: judge the refused files again, on the provisioning thread.
        var judgedAfterChange = 0;
        catalog.Changed += () =>
        {
            if (catalog.HasProduct($"p{Volatile.Read(ref judgedAfterChange)}"))
            {
                Interlocked.Increment(ref judgedAfterChange);
            }
        };
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var reads = 0L;
            while (!stop.IsCancellationRequested)
            {
                _ = catalog.HasProduct("never-offered") || catalog.HasZone("store-x", "entrance");
                reads++;
            }

            return reads;
        })).ToArray();

        var missed = new List<int>();
        for (var i = 0; i < Changes; i++)
        {
            db.Offers.Upsert(new OfferRecord { Id = OfferRecord.KeyOf("store-x", $"p{i}"), Store = "store-x", Sku = $"p{i}" });
            changes.Raise();
            if (!catalog.HasProduct($"p{i}"))
            {
                missed.Add(i);
            }
        }

        await stop.CancelAsync();
        var reads = (await Task.WhenAll(readers)).Sum();

        Assert.True(reads > Changes, $"{reads} concurrent reads: the readers must overlap the changes");
        Assert.Empty(missed);
        Assert.Equal(Changes, judgedAfterChange);
    }
}
