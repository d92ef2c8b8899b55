using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Campaigns.Loading;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// One pass over the campaign folder: each file whose text changed is loaded; a valid one becomes a new version and
/// runs, an invalid one is refused whole (logged once with every problem, counted) and the running version stays; a
/// file that is gone ends its campaign. Files are remembered by hash, so an unchanged file costs a hash per pass
/// and is never logged again.
/// </summary>
public sealed class CampaignFolderSync(CampaignStore store, CampaignCatalog catalog, ICampaignCounters counters, ILogger<CampaignFolderSync> log)
{
    private readonly Dictionary<string, (string Hash, bool Unknown)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _pass = new();

    /// <summary>Forgets the files refused for naming what was not provisioned, so they are judged again (the catalog changed).</summary>
    public void Forget()
    {
        lock (_pass)
        {
            foreach (var file in _seen.Where(s => s.Value.Unknown).Select(s => s.Key).ToList())
            {
                _seen.Remove(file);
            }
        }
    }

    public FolderPass Run(string folder)
    {
        lock (_pass)
        {
            var pass = new FolderPass();
            var files = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).ToList()
                : [];
            foreach (var path in files)
            {
                Apply(path, pass);
            }

            var present = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in store.LiveFiles().Where(f => !present.Contains(f)))
            {
                var ended = store.EndFile(gone);
                _seen.Remove(gone);
                pass.Ended += ended.Count;
                log.LogInformation("Campaign file {File} was removed: ended {Campaigns}", gone, string.Join(", ", ended));
            }

            return pass;
        }
    }

    private void Apply(string path, FolderPass pass)
    {
        var file = Path.GetFileName(path);
        string text;
        try
        {
            // A huge file is refused by its size, without being read.
            var info = new FileInfo(path);
            if (info.Length > DocumentLimits.Default.MaxBytes)
            {
                Refuse(file, $"size:{info.Length}:{info.LastWriteTimeUtc.Ticks}", [new CampaignProblem("$", $"document of {info.Length} bytes: at most {DocumentLimits.Default.MaxBytes}")], pass);
                return;
            }

            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            // Still being written, or gone again: the next pass reads it.
            pass.Unreadable++;
            return;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_seen.TryGetValue(file, out var seen) && seen.Hash == hash)
        {
            return;
        }

        var loaded = CampaignLoader.FromYaml(text, catalog);
        if (!loaded.IsValid)
        {
            Refuse(file, hash, loaded.Problems, pass);
            return;
        }

        _seen[file] = (hash, false);

        var outcome = store.ApplyFile(loaded.Document!, file, hash);
        switch (outcome.Kind)
        {
            case CampaignOutcomeKind.Created or CampaignOutcomeKind.Done:
                pass.Applied++;
                log.LogInformation("Campaign file {File}: campaign {Campaign} version {Version} is active", file, outcome.Campaign!.Id, outcome.Campaign.Version);
                break;
            case CampaignOutcomeKind.Unchanged:
                break;
            default:
                pass.Refused++;
                log.LogWarning("Campaign file {File} refused; the running version stays: {Detail}",
                    file, outcome.Detail ?? string.Join("; ", outcome.Problems ?? []));
                break;
        }
    }

    private void Refuse(string file, string hash, IReadOnlyList<CampaignProblem> problems, FolderPass pass)
    {
        if (_seen.TryGetValue(file, out var seen) && seen.Hash == hash)
        {
            return;
        }

        var reason = RefusalReasons.Of(problems);
        _seen[file] = (hash, reason == RefusalReasons.UnknownReference);
        pass.Refused++;
        counters.DocumentRefused(reason);
        log.LogWarning("Campaign file {File} refused ({Reason}, {Count} problems); the running version stays: {Problems}",
            file, reason, problems.Count, string.Join("; ", problems));
    }
}
