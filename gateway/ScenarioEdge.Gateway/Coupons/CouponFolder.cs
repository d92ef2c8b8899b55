using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Coupons.Loading;
using ScenarioEdge.Gateway.Campaigns.Management;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// One pass over the coupon folder: a file whose text changed is loaded; a valid one becomes a new version, an
/// invalid one is refused whole (logged once with every problem) and the definition in force stays; a file that is
/// gone retires its definition (codes already issued still redeem). Files are remembered by hash.
/// </summary>
public sealed class CouponFolder(CouponStore store, CampaignCatalog catalog, ILogger<CouponFolder> log)
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _pass = new();

    /// <summary>Forgets every file, so the next pass judges them again (what they may name changed).</summary>
    public void Forget()
    {
        lock (_pass)
        {
            _seen.Clear();
        }
    }

    /// <summary>Returns how many definitions changed.</summary>
    public int Run(string folder)
    {
        lock (_pass)
        {
            var changed = 0;
            var files = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).ToList()
                : [];
            foreach (var path in files)
            {
                changed += Apply(path) ? 1 : 0;
            }

            var present = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var (coupon, file) in store.LiveFiles().Where(f => !present.Contains(f.File)))
            {
                store.Retire(coupon, "folder:" + file, byFolder: true);
                _seen.Remove(file);
                changed++;
                log.LogInformation("Coupon file {File} was removed: coupon {Coupon} retired", file, coupon);
            }

            return changed;
        }
    }

    private bool Apply(string path)
    {
        var file = Path.GetFileName(path);
        string text;
        try
        {
            if (new FileInfo(path).Length > DocumentLimits.Default.MaxBytes)
            {
                Refuse(file, "size", $"larger than {DocumentLimits.Default.MaxBytes} bytes");
                return false;
            }

            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return false;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_seen.TryGetValue(file, out var seen) && seen == hash)
        {
            return false;
        }

        _seen[file] = hash;
        var loaded = CouponLoader.FromYaml(text, catalog);
        if (!loaded.IsValid)
        {
            Refuse(file, hash, string.Join("; ", loaded.Problems));
            return false;
        }

        var outcome = store.ApplyFile(loaded.Document!, file, hash);
        if (outcome.Status is StatusCodes.Status200OK or StatusCodes.Status201Created)
        {
            log.LogInformation("Coupon file {File}: coupon {Coupon} version {Version} is in force", file, outcome.Coupon!.Id, outcome.Coupon.Version);
            return true;
        }

        if (outcome.Status != StatusCodes.Status204NoContent)
        {
            log.LogWarning("Coupon file {File} refused; the definition in force stays: {Detail}", file, outcome.Detail);
        }

        return false;
    }

    private void Refuse(string file, string hash, string problems)
    {
        _seen[file] = hash;
        log.LogWarning("Coupon file {File} refused whole; the definition in force stays: {Problems}", file, problems);
    }
}
