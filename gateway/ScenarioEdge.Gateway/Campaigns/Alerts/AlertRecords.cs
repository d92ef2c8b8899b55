using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>An alert as stored and back.</summary>
internal static class AlertRecords
{
    public static AlertRecord From(PostedAlert a, string by) => new()
    {
        Id = a.Id,
        Kind = a.Kind,
        Severity = a.Severity.ToString().ToLowerInvariant(),
        Stores = a.Area.Stores?.ToList(),
        Latitude = a.Area.Latitude,
        Longitude = a.Area.Longitude,
        RadiusM = a.Area.RadiusM,
        CoveredStores = [.. a.Stores],
        ValidFrom = a.ValidFrom,
        ValidUntil = a.ValidUntil,
        Text = a.Text,
        PostedAt = a.PostedAt,
        PostedBy = by,
    };

    public static PostedAlert ToAlert(AlertRecord r) => new(
        r.Id, r.Kind, Enum.TryParse<AlertSeverity>(r.Severity, ignoreCase: true, out var s) ? s : AlertSeverity.Info,
        new AlertArea(r.Stores, r.Latitude, r.Longitude, r.RadiusM), r.CoveredStores, r.ValidFrom, r.ValidUntil, r.Text, r.PostedAt);

    /// <summary>Whether a replay of an id asks for the same alert (times as sent; the area and text as sent).</summary>
    public static bool SameAs(AlertRecord r, AlertRequest q) =>
        r.Kind == q.Kind && r.Severity == q.Severity && r.Text == q.Text && Ms(r.ValidUntil) == Ms(q.ValidUntil)
        && (q.ValidFrom is null || Ms(r.ValidFrom) == Ms(q.ValidFrom))
        && r.Latitude == q.Area?.Latitude && r.Longitude == q.Area?.Longitude && r.RadiusM == q.Area?.RadiusM
        && (r.Stores ?? []).SequenceEqual(q.Area?.Stores ?? [], StringComparer.Ordinal);

    /// <summary>LiteDB keeps instants to the millisecond.</summary>
    private static long? Ms(DateTimeOffset? at) => at?.ToUnixTimeMilliseconds();
}
