using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// The purchases of every store, one per (store, receipt), and the read seam the stages that build on them use
/// (points per purchase, the experiments' funnel). Writes go through one owner and one LiteDB transaction, as the coupon
/// ledger's do; the unique index on the key refuses a second record even if the owner were bypassed.
/// </summary>
public sealed class PurchaseBook(GatewayDatabase database, TimeProvider time)
{
    private readonly Lock _owner = new();

    /// <summary>The purchase with receipt <paramref name="receipt"/> at <paramref name="store"/>, or null.</summary>
    public PurchaseRecord? Find(string store, string receipt)
    {
        var key = PurchaseRecord.KeyOf(store, receipt);
        return database.Purchases.FindOne(p => p.Key == key);
    }

    /// <summary>The purchase with id <paramref name="id"/>, or null.</summary>
    public PurchaseRecord? FindById(string id) => database.Purchases.FindById(id);

    /// <summary>The shopper's purchases (still linked to them) with event time in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<PurchaseRecord> OfShopper(string shopper, DateTimeOffset from, DateTimeOffset to) =>
        [.. database.Purchases.Find(p => p.Shopper == shopper).Where(p => p.EventTime >= from && p.EventTime < to).OrderBy(p => p.At)];

    /// <summary>The purchases whose campaign trigger is still to be decided (raised again at start).</summary>
    public IReadOnlyList<PurchaseRecord> TriggerPending() => [.. database.Purchases.Find(p => p.TriggerPending).OrderBy(p => p.At)];

    /// <summary>
    /// Clears the trigger-pending flag of the purchases <paramref name="ids"/>. Static, without the owner: the campaign
    /// runtime's writer calls it with its batch, and the update merges the one field, so it can neither undo an erasure
    /// nor be undone into re-linking a shopper (at worst an erasure racing it leaves the flag, and a start clears it).
    /// </summary>
    public static int Settle(GatewayDatabase database, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        var list = new LiteDB.BsonArray(ids.Select(id => new LiteDB.BsonValue(id)));
        return database.Purchases.UpdateMany(LiteDB.BsonExpression.Create("{ TriggerPending: false }"), LiteDB.BsonExpression.Create("_id IN @0", list));
    }

    /// <summary>
    /// Records <paramref name="purchase"/> from <paramref name="device"/> once. A replay of the same receipt with the same
    /// content answers <see cref="PurchaseWrite.Replayed"/> with the record first made; another content under the same
    /// receipt is refused (<see cref="PurchaseWrite.Conflict"/>) and changes nothing.
    /// </summary>
    public (PurchaseWrite Result, PurchaseRecord Record) Record(DeviceRecord device, Purchase purchase, string? shopper)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(purchase);
        var key = PurchaseRecord.KeyOf(device.Store, purchase.Receipt);
        var hash = HashOf(purchase);
        lock (_owner)
        {
            return database.Atomically(() =>
            {
                if (database.Purchases.FindOne(p => p.Key == key) is { } earlier)
                {
                    return (earlier.BodyHash == hash ? PurchaseWrite.Replayed : PurchaseWrite.Conflict, earlier);
                }

                var now = time.GetUtcNow();
                var record = new PurchaseRecord
                {
                    Id = Guid.CreateVersion7(now).ToString("N"),
                    Key = key,
                    Store = device.Store,
                    Receipt = purchase.Receipt,
                    Device = device.Device,
                    At = purchase.Ts.UtcDateTime,
                    OffsetMinutes = (int)purchase.Ts.Offset.TotalMinutes,
                    Items = [.. purchase.Items.Select(i => new PurchaseLine { Sku = i.Sku, Qty = i.Qty, Price = i.Price, Category = i.Category })],
                    Total = purchase.Total,
                    Currency = purchase.Currency,
                    Coupons = [.. purchase.Coupons ?? []],
                    Shopper = shopper,
                    TriggerPending = shopper is not null,
                    BodyHash = hash,
                    RecordedAt = now.UtcDateTime,
                };
                database.Purchases.Insert(record);
                return (PurchaseWrite.Recorded, record);
            });
        }
    }

    /// <summary>Removes the link of every purchase to <paramref name="shopper"/> (erasure); the purchases stay, de-identified.</summary>
    public int Unlink(string shopper)
    {
        var now = time.GetUtcNow().UtcDateTime;
        lock (_owner)
        {
            return database.Atomically(() =>
            {
                var linked = database.Purchases.Find(p => p.Shopper == shopper).ToList();
                foreach (var purchase in linked)
                {
                    purchase.Shopper = null;
                    purchase.TriggerPending = false;
                    purchase.ErasedAt = now;
                }

                return database.Purchases.Update(linked);
            });
        }
    }

    // The content that makes a purchase, not its message id or checkout code: a till that resends a receipt after a
    // restart makes a new message id, and its checkout code was used up by the first.
    private static string HashOf(Purchase p)
    {
        var text = new StringBuilder();
        text.Append(p.Ts.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(p.Total.ToString("R", CultureInfo.InvariantCulture)).Append('\n').Append(p.Currency).Append('\n');
        foreach (var i in p.Items)
        {
            text.Append(i.Sku).Append('|').Append(i.Qty.ToString("R", CultureInfo.InvariantCulture)).Append('|')
                .Append(i.Price.ToString("R", CultureInfo.InvariantCulture)).Append('|').Append(i.Category).Append('\n');
        }

        text.AppendJoin(',', p.Coupons ?? []);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
