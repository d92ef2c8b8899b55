using LiteDB;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One consent change (collection <c>consentlog</c>): appended, never updated. On erasure the shopper id is replaced
/// by a one-way pseudonym, so the log still proves what was consented to without pointing at anyone.
/// </summary>
public sealed class ConsentLogRecord
{
    public ObjectId Id { get; set; } = ObjectId.Empty;

    public string Shopper { get; set; } = "";

    public string Purpose { get; set; } = "";

    public bool Granted { get; set; }

    /// <summary>Version of the privacy notice the shopper was shown.</summary>
    public string NoticeVersion { get; set; } = "";

    /// <summary>Wall-clock time of the change.</summary>
    public DateTime At { get; set; }

    /// <summary>registration, app, operator or erasure.</summary>
    public string Source { get; set; } = "";
}
