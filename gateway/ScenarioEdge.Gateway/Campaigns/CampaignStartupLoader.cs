using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Identity;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Loads the campaign documents of <see cref="CampaignOptions.Folder"/> once at start into <see cref="ActiveCampaigns"/>,
/// and compiles the same documents again when provisioning changes the catalog (a campaign naming a store that is
/// provisioned later becomes active then). A stand-in until the campaign store and folder watch take over: an invalid
/// document is refused whole, with every problem, and the others still load.
/// </summary>
public sealed class CampaignStartupLoader(
    ActiveCampaigns active,
    GatewayCampaignCatalog catalog,
    IdentityDirectory directory,
    IOptions<CampaignOptions> options,
    ILogger<CampaignStartupLoader> log) : IHostedService
{
    private readonly Lock _lock = new();
    private List<(string File, string Text)> _documents = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _documents = Read(options.Value.Folder);
        catalog.Refresh();
        Compile();
        directory.GenerationChanged += OnCatalogChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        directory.GenerationChanged -= OnCatalogChanged;
        return Task.CompletedTask;
    }

    // Runs on the thread of whoever changed the directory (provisioning, registration): never throws back at it.
    private void OnCatalogChanged()
    {
        try
        {
            if (catalog.Refresh())
            {
                Compile();
            }
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            log.LogError(ex, "Campaigns could not be compiled against the changed stores ({Message}); the running set stays", ex.Message);
        }
    }

    private void Compile()
    {
        lock (_lock)
        {
            var compiled = new List<CompiledCampaign>();
            foreach (var (file, text) in _documents)
            {
                var result = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? CampaignLoader.FromJson(text, catalog) : CampaignLoader.FromYaml(text, catalog);
                if (result.IsValid && compiled.TrueForAll(c => c.Id != result.Document!.Id))
                {
                    compiled.Add(CampaignCompiler.Compile(result.Document!, catalog));
                }
                else if (result.IsValid)
                {
                    log.LogWarning("Campaign file {File} refused: id {Id} is already loaded from another file", file, result.Document!.Id);
                }
                else
                {
                    // Before the first store is provisioned every campaign names an unknown store: expected, not a warning.
                    var level = catalog.Stores.Count == 0 ? LogLevel.Information : LogLevel.Warning;
                    log.Log(level, "Campaign file {File} refused ({Count} problems): {Problems}", file, result.Problems.Count,
                        string.Join("; ", result.Problems.Take(10).Select(p => p.ToString())));
                }
            }

            active.Replace(compiled);
            log.LogInformation("Campaigns active: {Count} of {Files} files ({Ids}); {Stores} stores known", compiled.Count, _documents.Count,
                string.Join(", ", compiled.Select(c => c.ToString())), catalog.Stores.Count);
        }
    }

    private List<(string File, string Text)> Read(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return [];
        }

        if (!Directory.Exists(folder))
        {
            log.LogWarning("Campaign folder {Folder} (Gateway:Campaigns:Folder) does not exist: no campaigns are loaded", Path.GetFullPath(folder));
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }
}
