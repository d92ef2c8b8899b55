using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>Appends consent changes to the audit log (collection <c>consentlog</c>); nothing here updates or deletes.</summary>
public sealed class ConsentLedger(GatewayDatabase database, TimeProvider time)
{
    public void Record(string shopper, IEnumerable<string> purposes, bool granted, string noticeVersion, string source)
    {
        var at = time.GetUtcNow().UtcDateTime;
        database.ConsentLog.InsertBulk(purposes.Select(p => new ConsentLogRecord
        {
            Shopper = shopper,
            Purpose = p,
            Granted = granted,
            NoticeVersion = noticeVersion,
            At = at,
            Source = source,
        }));
    }
}
