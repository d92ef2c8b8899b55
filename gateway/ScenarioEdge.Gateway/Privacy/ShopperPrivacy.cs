using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// Consent changes, export and erasure of one shopper. Withdrawing the last consent erases the shopper: the profile,
/// every holder's data (pushes, presence, scenes…), the app's MQTT sessions and any retained messages on its topics; the consent audit log keeps its entries
/// under a one-way pseudonym. Erasure is synchronous: when the call returns, the LiteDB file no longer holds the shopper.
/// </summary>
/// <remarks>
/// The identity directory learns of a change right after its write, before the holders erase (on erasure also once
/// before, see there) and before the call returns: a message read after that finds the consent gone or the shopper
/// unknown, so nothing it carries brings back what the holders erased.
/// </remarks>
public sealed class ShopperPrivacy(
    GatewayDatabase database,
    ConsentLedger ledger,
    IEnumerable<IShopperDataHolder> holders,
    IdentityDirectory directory,
    IClientSessions sessions,
    ILogger<ShopperPrivacy> log)
{
    /// <summary>Grants or withdraws consent to <paramref name="purpose"/>; returns the consents now held, empty after erasure.</summary>
    public async Task<IReadOnlyList<string>> ChangeConsentAsync(string shopper, string purpose, bool granted, string noticeVersion, string source)
    {
        var record = database.Shoppers.FindById(shopper) ?? throw new KeyNotFoundException($"shopper '{shopper}' is not registered");
        ledger.Record(shopper, [purpose], granted, noticeVersion, source);
        record.Consents.Remove(purpose);
        if (granted)
        {
            record.Consents.Add(purpose);
        }

        if (record.Consents.Count == 0)
        {
            await EraseAsync(shopper, "all consent withdrawn");
            return [];
        }

        database.Shoppers.Update(record);
        directory.Changed();
        if (!granted)
        {
            // Data kept for the withdrawn purpose goes at once.
            foreach (var holder in holders.Where(h => h.Purposes.Contains(purpose)))
            {
                holder.EraseData(shopper);
            }
        }

        return record.Consents;
    }

    public ShopperExport? Export(string shopper)
    {
        var record = database.Shoppers.FindById(shopper);
        if (record is null)
        {
            return null;
        }

        var history = database.ConsentLog.Find(c => c.Shopper == shopper)
            .Select(c => new ConsentChange(c.Purpose, c.Granted, c.NoticeVersion, c.At, c.Source)).ToList();
        return new ShopperExport(record.Id, record.Installs, record.Consents, history, holders.ToDictionary(h => h.Name, h => h.Export(shopper)), record.Tags ?? []);
    }

    /// <summary>Erases the shopper everywhere; false when unknown.</summary>
    public async Task<bool> EraseAsync(string shopper, string why)
    {
        var record = database.Shoppers.FindById(shopper);
        if (record is null)
        {
            return false;
        }

        // Holders erase before the profile goes, so that a failure leaves a shopper whose erasure can be asked again,
        // and once more after the directory forgot the shopper: whatever a message read in between brought back.
        var erased = holders.Sum(h => h.EraseData(shopper));
        database.Shoppers.Delete(shopper);
        directory.Changed();
        erased += holders.Sum(h => h.EraseData(shopper));
        var pseudonym = Pseudonym(shopper);
        foreach (var entry in database.ConsentLog.Find(c => c.Shopper == shopper).ToList())
        {
            entry.Shopper = pseudonym;
            database.ConsentLog.Update(entry);
        }

        ledger.Record(pseudonym, ["all"], granted: false, noticeVersion: "", source: "erasure");
        database.Checkpoint();
        foreach (var install in record.Installs)
        {
            await sessions.DisconnectAsync(ClientPrincipal.App(install));
            await sessions.EraseRetainedAsync(ClientPrincipal.App(install));
        }

        log.LogInformation("Erased shopper {Shopper} ({Why}): profile and {Records} records deleted", shopper, why, erased);
        return true;
    }

    private static string Pseudonym(string shopper) =>
        "erased-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("scenarioedge-erasure/" + shopper)))[..16];
}
