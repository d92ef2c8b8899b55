using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Coupons.Rules;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>Redemption and reversal: each under the coupon's owner, in one transaction with its idempotency record.</summary>
public sealed partial class CouponLedger
{
    /// <summary>A caller reused an idempotency key for another request: refused, nothing changed.</summary>
    public const string KeyReused = "key_reused";

    /// <summary>A code was redeemed (after its transaction committed, not on a replay): the experiments' funnel.</summary>
    public event Action<CouponIssueRecord>? Redeemed;

    /// <summary>A code's redemption was reversed (after its transaction committed, once: not on a replayed reversal).</summary>
    public event Action<CouponIssueRecord>? Reversed;

    /// <summary>
    /// Redeems <paramref name="code"/> at <paramref name="store"/>. The answer (a redemption or a refusal) is stored
    /// under the caller's <paramref name="idempotencyKey"/>: asked again, the same key gets the same answer.
    /// </summary>
    public RedemptionAnswer Redeem(string store, string code, string idempotencyKey, string? shopper, string by)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(code);
        var normalized = CouponCodes.Normalize(code);
        var key = $"{store}\n{idempotencyKey}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{normalized ?? code}\n{shopper}")));
        // The owner is the coupon's; a code that is no coupon's has one owner of its own (its answer is stored all the same).
        var owner = normalized is null ? null : database.CouponIssues.FindById(normalized)?.Coupon;
        RedemptionAnswer answer;
        lock (owners.Of(owner ?? "(no coupon)"))
        {
            answer = database.Atomically(() => RedeemOwned(store, normalized, code, key, hash, shopper, by));
        }

        metrics.CountRedemption(answer.Replayed ? "replayed" : answer.Redeemed ? "redeemed" : answer.Refusal);
        if (answer.Redeemed && !answer.Replayed && normalized is not null && database.CouponIssues.FindById(normalized) is { } redeemed)
        {
            Redeemed?.Invoke(redeemed);
        }

        return answer;
    }

    private RedemptionAnswer RedeemOwned(string store, string? normalized, string code, string key, string hash, string? shopper, string by)
    {
        if (database.Redemptions.FindOne(r => r.Key == key) is { } earlier)
        {
            return earlier.RequestHash == hash
                ? AnswerOf(earlier, database.CouponIssues.FindById(earlier.Code), replayed: true)
                : new RedemptionAnswer(earlier.Id, normalized ?? code, null, null, null, KeyReused,
                    "this Idempotency-Key was used for another request (another code or shopper); use a new key for a new request", time.GetUtcNow(), false);
        }

        var now = time.GetUtcNow();
        var entry = normalized is null ? null : database.CouponIssues.FindById(normalized);
        var (refusal, detail) = normalized is null
            ? (RedeemRefusal.Unknown, "not a coupon code: 12 characters of 0-9 and A-Z")
            : RedeemRules.Check(entry is null ? null : Facts(entry), store, shopper, now);
        if (entry is null)
        {
            // Not stored: the answer follows from the code alone, and a flood of guesses must not grow the file.
            return new RedemptionAnswer("", normalized ?? Shorten(code), null, null, null, RefusalName(normalized is null ? null : refusal), detail, now, false);
        }

        var record = new RedemptionRecord
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Key = key,
            RequestHash = hash,
            Store = store,
            Code = entry.Id,
            Coupon = entry.Coupon,
            Refusal = refusal == RedeemRefusal.None ? null : RefusalName(refusal),
            Detail = detail,
            By = by,
            At = now.UtcDateTime,
        };
        database.Redemptions.Insert(record);
        if (refusal == RedeemRefusal.None)
        {
            entry.RedeemedAt = now.UtcDateTime;
            entry.RedemptionId = record.Id;
            database.CouponIssues.Update(entry);
        }

        return AnswerOf(record, entry, replayed: false);
    }

    /// <summary>
    /// Reverses redemption <paramref name="id"/> of <paramref name="store"/> (a refunded purchase): the coupon is
    /// redeemable again until it expires. Idempotent: a second reversal answers as the first. Null when there is no
    /// such redemption at this store; the refusal text when it cannot be reversed.
    /// </summary>
    public (RedemptionRecord? Redemption, string? Refusal) Reverse(string store, string id, string by)
    {
        if (database.Redemptions.FindById(id) is not { } found || !string.Equals(found.Store, store, StringComparison.Ordinal))
        {
            return (null, null);
        }

        CouponIssueRecord? reversed = null;
        (RedemptionRecord?, string?) answer;
        lock (owners.Of(found.Coupon ?? "(no coupon)"))
        {
            answer = database.Atomically(() =>
            {
                var redemption = database.Redemptions.FindById(id)!;
                if (redemption.Refusal is not null)
                {
                    return (redemption, $"redemption {id} was refused ({redemption.Refusal}): there is nothing to reverse");
                }

                if (redemption.ReversedAt is not null)
                {
                    return (redemption, (string?)null);
                }

                var now = time.GetUtcNow().UtcDateTime;
                redemption.ReversedAt = now;
                redemption.ReversedBy = by;
                database.Redemptions.Update(redemption);
                if (database.CouponIssues.FindById(redemption.Code) is { } entry && entry.RedemptionId == redemption.Id)
                {
                    entry.RedeemedAt = null;
                    entry.RedemptionId = null;
                    entry.ReversedAt = now;
                    database.CouponIssues.Update(entry);
                    reversed = entry;
                }

                metrics.CountRedemption("reversed");
                return (redemption, (string?)null);
            });
        }

        if (reversed is not null)
        {
            Reversed?.Invoke(reversed);
        }

        return answer;
    }

    private static CouponFacts Facts(CouponIssueRecord entry) => new(
        entry.Store,
        entry.Shopper,
        entry.ExpiresAt is { } e ? new DateTimeOffset(e.ToUniversalTime(), TimeSpan.Zero) : null,
        entry.RedeemedAt is not null);

    private static RedemptionAnswer AnswerOf(RedemptionRecord r, CouponIssueRecord? entry, bool replayed) => new(
        r.Id, r.Code, r.Coupon, entry?.Kind, entry?.Value, r.Refusal ?? "", r.Detail, new DateTimeOffset(r.At.ToUniversalTime(), TimeSpan.Zero), replayed);

    public static string RefusalName(RedeemRefusal? refusal) => refusal switch
    {
        null => "malformed",
        RedeemRefusal.Unknown => "unknown",
        RedeemRefusal.AlreadyRedeemed => "already_redeemed",
        RedeemRefusal.Expired => "expired",
        RedeemRefusal.OtherStore => "other_store",
        RedeemRefusal.OtherShopper => "other_shopper",
        _ => "",
    };

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64];
}
