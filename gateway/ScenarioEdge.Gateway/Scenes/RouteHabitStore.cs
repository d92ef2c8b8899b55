using System.Threading.Channels;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Keeps route habits in LiteDB (collection <c>routehabits</c>) so a restart does not forget them. The partitions hand
/// over copies of changed habits and deletions; this loop writes them, off the hot path. A habit is written only while
/// its shopper holds the activity consent, so a copy taken just before a withdrawal does not bring it back.
/// </summary>
public sealed class RouteHabitStore(GatewayDatabase database, IdentityDirectory identities, ILogger<RouteHabitStore> log) : BackgroundService
{
    // Wait mode so that TryWrite reports a full queue (which we log) instead of dropping silently.
    private readonly Channel<(string Shopper, RouteHabitRecord? Record)> _queue =
        Channel.CreateBounded<(string, RouteHabitRecord?)>(new BoundedChannelOptions(16_384) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal void Enqueue(RouteHabitRecord record) => Queue(record.Id, record);

    internal void EnqueueDelete(string shopper) => Queue(shopper, null);

    internal List<RouteHabitRecord> LoadAll() => [.. database.RouteHabits.FindAll()];

    /// <summary>Writes one habit now (also at shutdown, when this loop may be gone); deletes it without the activity consent.</summary>
    internal void Save(RouteHabitRecord record)
    {
        if (identities.Current.Shopper(record.Id)?.HasConsent(ConsentPurposes.Activity) == true)
        {
            database.RouteHabits.Upsert(record);
        }
        else
        {
            database.RouteHabits.Delete(record.Id);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (shopper, record) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (record is null)
                    {
                        database.RouteHabits.Delete(shopper);
                    }
                    else
                    {
                        Save(record);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning("Could not keep the route habit of {Shopper}: {Message}", shopper, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Queue(string shopper, RouteHabitRecord? record)
    {
        if (!_queue.Writer.TryWrite((shopper, record)))
        {
            log.LogWarning("Route habit queue full: the habit of {Shopper} was not kept this time", shopper);
        }
    }
}
