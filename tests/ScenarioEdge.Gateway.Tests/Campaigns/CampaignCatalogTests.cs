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
        // Readers on threads of their own (a loaded run can starve the pool until the changes are over), each reading
        // before the first change is made, and counted while the changes are made.
        using var stop = new CancellationTokenSource();
        using var reading = new CountdownEvent(3);
        var reads = new long[3];
        var readers = Enumerable.Range(0, 3).Select(r => Task.Factory.StartNew(() =>
        {
            var signalled = false;
            while (!stop.IsCancellationRequested)
            {
                _ = catalog.HasProduct("never-offered") || catalog.HasZone("store-x", "entrance");
                Volatile.Write(ref reads[r], reads[r] + 1);
                if (!signalled)
                {
                    signalled = true;
                    reading.Signal();
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Assert.True(reading.Wait(TimeSpan.FromSeconds(30)), "the readers to start");
        long ReadsSoFar() => Enumerable.Range(0, 3).Sum(r => Volatile.Read(ref reads[r]));

        var before = ReadsSoFar();
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

        var during = ReadsSoFar() - before;
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(during > 0, $"{during} reads while the changes were made: the readers must overlap the changes");
        Assert.Empty(missed);
        Assert.Equal(Changes, judgedAfterChange);
    }
}
