using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// Webhook deliveries about a shopper, pending in the outbox, dead-lettered or remembered as sent: exported and erased
/// with the shopper (a pending one is then never sent), and deleted past retention.
/// </summary>
public sealed class WebhookDataHolder(GatewayDatabase database) : IShopperDataHolder
{
    public string Name => "webhookDeliveries";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) =>
        [.. database.WebhookOutbox.Find(w => w.Shopper == shopper), .. database.WebhookDeadLetters.Find(w => w.Shopper == shopper),
            .. database.WebhookSent.Find(w => w.Shopper == shopper)];

    public int EraseData(string shopper) =>
        database.WebhookOutbox.DeleteMany(w => w.Shopper == shopper) + database.WebhookDeadLetters.DeleteMany(w => w.Shopper == shopper)
        + database.WebhookSent.DeleteMany(w => w.Shopper == shopper);

    public int ExpireBefore(DateTime cutoff)
    {
        var before = new DateTimeOffset(DateTime.SpecifyKind(cutoff, DateTimeKind.Utc));
        var old = database.WebhookOutbox.FindAll().Where(w => w.CreatedAt < before).Select(w => w.Id).ToList();
        var dead = database.WebhookDeadLetters.FindAll().Where(w => w.CreatedAt < before).Select(w => w.Id).ToList();
        var sent = database.WebhookSent.FindAll().Where(w => w.SentAt < before).Select(w => w.Id).ToList();
        return old.Count(id => database.WebhookOutbox.Delete(id)) + dead.Count(id => database.WebhookDeadLetters.Delete(id))
            + sent.Count(id => database.WebhookSent.Delete(id));
    }
}
