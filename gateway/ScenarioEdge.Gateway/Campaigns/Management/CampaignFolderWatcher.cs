using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// Watches <c>Gateway:Campaigns:Folder</c>: a pass at start (before traffic), then one after each burst of file
/// events has been quiet for <see cref="CampaignFolderOptions.Debounce"/>, and one every
/// <see cref="CampaignFolderOptions.Rescan"/> in case an event was missed (network shares, overflow).
/// </summary>
public sealed class CampaignFolderWatcher(
    CampaignFolderSync sync,
    CampaignCatalog catalog,
    IOptions<CampaignFolderOptions> options,
    TimeProvider time,
    ILogger<CampaignFolderWatcher> log) : BackgroundService
{
    private WatchedFolder? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Folder is not { } folder)
        {
            return Task.CompletedTask;
        }

        Directory.CreateDirectory(folder);
        // Listening before the first pass: stores provisioned while it runs (the demo provisions its store at start)
        // trigger a pass of their own once this one is done, instead of leaving their campaigns refused.
        catalog.Changed += OnCatalogChanged;
        var pass = sync.Run(folder);
        log.LogInformation("Campaign folder {Folder}: {Applied} campaigns changed, {Refused} files refused, {Ended} ended at start",
            Path.GetFullPath(folder), pass.Applied, pass.Refused, pass.Ended);
        _watcher = new WatchedFolder(folder, time, e => log.LogWarning("Campaign folder watch: {Message}; the periodic rescan covers it", e.Message));
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
        var folder = options.Value.Folder!;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _watcher!.WaitAsync(options.Value.Debounce, options.Value.Rescan, stoppingToken);
                var pass = sync.Run(folder);
                if (pass.Applied + pass.Refused + pass.Ended > 0)
                {
                    log.LogInformation("Campaign folder: {Applied} campaigns changed, {Refused} files refused, {Ended} ended", pass.Applied, pass.Refused, pass.Ended);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
            {
                log.LogWarning(ex, "Campaign folder pass failed; the next event or rescan tries again");
            }
        }
    }

    private void Signal() => _watcher?.Signal();

    // Runs on the provisioning call's thread, so that a campaign naming a store that was just provisioned is active
    // when that call returns (a shopper may walk in the next moment); never throws back at the provisioning.
    private void OnCatalogChanged()
    {
        sync.Forget();
        try
        {
            var pass = sync.Run(options.Value.Folder!);
            if (pass.Applied + pass.Refused + pass.Ended > 0)
            {
                log.LogInformation("Campaign folder after provisioning: {Applied} campaigns changed, {Refused} files refused, {Ended} ended", pass.Applied, pass.Refused, pass.Ended);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            log.LogWarning(ex, "Campaign folder pass after provisioning failed; the next event or rescan tries again");
            Signal();
        }
    }
}
