using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Watches <c>Gateway:Coupons:Folder</c>: a pass at start, registered before the campaign folder's so that campaigns
/// naming these coupons validate on their first pass; then a pass after each quiet burst of file events, after
/// provisioning changed (a file naming a store provisioned since), and every <see cref="CouponOptions.Rescan"/>.
/// </summary>
public sealed class CouponFolderWatcher(CouponFolder folder, CampaignCatalog catalog, IOptions<CouponOptions> options, TimeProvider time, ILogger<CouponFolderWatcher> log)
    : BackgroundService
{
    private WatchedFolder? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Folder is not { } path)
        {
            return Task.CompletedTask;
        }

        Directory.CreateDirectory(path);
        var changed = folder.Run(path);
        log.LogInformation("Coupon folder {Folder}: {Changed} definitions changed at start", Path.GetFullPath(path), changed);
        // Not run on the provisioning thread: a definition written there would raise the change it is answering.
        catalog.Changed += OnCatalogChanged;
        _watcher = new WatchedFolder(path, time, e => log.LogWarning("Coupon folder watch: {Message}; the periodic rescan covers it", e.Message));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        catalog.Changed -= OnCatalogChanged;
        _watcher?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = options.Value.Folder!;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _watcher!.WaitAsync(options.Value.Debounce, options.Value.Rescan, stoppingToken);
                if (folder.Run(path) is var changed and > 0)
                {
                    log.LogInformation("Coupon folder: {Changed} definitions changed", changed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
            {
                log.LogWarning(ex, "Coupon folder pass failed; the next event or rescan tries again");
            }
        }
    }

    private void OnCatalogChanged()
    {
        folder.Forget();
        Signal();
    }

    private void Signal() => _watcher?.Signal();
}
