using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// Campaigns and their versions in LiteDB, and the one place that changes them: every change is checked, written,
/// and then swapped into <see cref="ActiveCampaigns"/> whole, so what runs is always what is stored. Changes are
/// serialised, so a version check and its write cannot interleave with another change.
/// </summary>
/// <remarks>
/// A version is written before the campaign that points at it: a crash in between leaves a version nobody points
/// at, which the next change of that campaign overwrites (it has the same number); it never leaves a campaign
/// pointing at a version that is not there.
/// </remarks>
public sealed partial class CampaignStore
{
    private readonly Lock _write = new();
    private readonly GatewayDatabase _db;
    private readonly CampaignCatalog _catalog;
    private readonly ActiveCampaigns _active;
    private readonly TimeProvider _time;
    private readonly ICampaignCounters _counters;
    private readonly ILogger<CampaignStore> _log;

    public CampaignStore(GatewayDatabase db, CampaignCatalog catalog, ActiveCampaigns active, TimeProvider time, ICampaignCounters counters, ILogger<CampaignStore> log)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        (_db, _catalog, _active, _time, _counters, _log) = (db, catalog, active, time, counters, log);
        // Rebuilt with the new catalog: "*" campaigns reach a store provisioned since, time zones are current. Under
        // the write lock, so that the set it reads is not one an activation is replacing at the same moment.
        catalog.Changed += () =>
        {
            lock (_write)
            {
                _active.Replace(_active.Current.ById.Values);
            }
        };
    }

    /// <summary>Adds a campaign as a draft at version 1 (the document's own version is replaced by 1).</summary>
    public CampaignOutcome Create(CampaignDocument doc, string format, string by)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lock (_write)
        {
            if (_db.Campaigns.FindById(doc.Id) is { } existing)
            {
                return Refuse(CampaignOutcome.Conflict(existing, $"campaign '{doc.Id}' exists at version {existing.Version}: change it with PUT /api/campaigns/{doc.Id}"));
            }

            var record = new CampaignRecord { Id = doc.Id, State = CampaignState.Draft };
            Write(record, doc, 1, format, by);
            return new CampaignOutcome(CampaignOutcomeKind.Created, record);
        }
    }

    /// <summary>
    /// Writes a new version. <paramref name="basedOn"/> (If-Match) or else the document's <c>version</c> minus one
    /// names the version the change was made from; when that is no longer the current one the change is stale (409).
    /// An active campaign runs the new version at once.
    /// </summary>
    public CampaignOutcome Update(string id, CampaignDocument doc, string format, int? basedOn, string by)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lock (_write)
        {
            if (_db.Campaigns.FindById(id) is not { } record)
            {
                return CampaignOutcome.NotFound(id);
            }

            if (ApiRefusal(record) is { } refused)
            {
                return refused;
            }

            if (!string.Equals(doc.Id, id, StringComparison.Ordinal))
            {
                return Refuse(CampaignOutcome.Invalid([new CampaignProblem("$.id", $"the document's id '{doc.Id}' is not the campaign's '{id}'")]));
            }

            var from = basedOn ?? (doc.Version - 1);
            if (from != record.Version)
            {
                return Refuse(CampaignOutcome.Conflict(record,
                    $"stale: version {record.Version} is current, this change was made from version {from}; apply it to version {record.Version} and send it as version {record.Version + 1} (or If-Match: \"{record.Version}\")"));
            }

            return Publish(record, doc, format, by, record.State);
        }
    }

    public CampaignOutcome Activate(string id, string by) => ChangeState(id, by, CampaignState.Active);

    public CampaignOutcome Pause(string id, string by) => ChangeState(id, by, CampaignState.Paused);

    public CampaignOutcome End(string id, string by) => ChangeState(id, by, CampaignState.Ended);

    /// <summary>Compiles every active campaign and makes them the running set (at start).</summary>
    public int Restore()
    {
        lock (_write)
        {
            var compiled = new List<CompiledCampaign>();
            foreach (var record in _db.Campaigns.Find(c => c.State == CampaignState.Active))
            {
                if (Compile(record) is { } campaign)
                {
                    compiled.Add(campaign);
                }
            }

            _active.Replace(compiled);
            return compiled.Count;
        }
    }

    private CampaignOutcome ChangeState(string id, string by, CampaignState next)
    {
        lock (_write)
        {
            if (_db.Campaigns.FindById(id) is not { } record)
            {
                return CampaignOutcome.NotFound(id);
            }

            if (record.State == next && record.FolderFile is null)
            {
                return new CampaignOutcome(CampaignOutcomeKind.Unchanged, record);
            }

            if (ApiRefusal(record) is { } refused)
            {
                return refused;
            }

            if (next == CampaignState.Paused && record.State != CampaignState.Active)
            {
                return CampaignOutcome.Conflict(record, $"campaign '{id}' is {Name(record.State)}: only an active campaign can be paused");
            }

            return SetState(record, next, by);
        }
    }

    private CampaignOutcome SetState(CampaignRecord record, CampaignState next, string by)
    {
        CompiledCampaign? compiled = null;
        if (next == CampaignState.Active)
        {
            var loaded = Load(record);
            if (!loaded.IsValid)
            {
                return Refuse(CampaignOutcome.Invalid(loaded.Problems));
            }

            compiled = CampaignCompiler.Compile(loaded.Document!, _catalog);
        }

        record.State = next;
        record.ChangedAt = _time.GetUtcNow();
        record.ChangedBy = by;
        _db.Campaigns.Upsert(record);
        _ = compiled is not null ? _active.Activate(compiled) : _active.Deactivate(record.Id);
        _log.LogInformation("Campaign {Campaign} version {Version} is {State} (by {By})", record.Id, record.Version, Name(next), by);
        return new CampaignOutcome(CampaignOutcomeKind.Done, record);
    }

    /// <summary>Writes the document as the next version; running it at once when <paramref name="state"/> is active.</summary>
    private CampaignOutcome Publish(CampaignRecord record, CampaignDocument doc, string format, string by, CampaignState state)
    {
        CompiledCampaign? compiled = null;
        doc.Version = record.Version + 1;
        if (state == CampaignState.Active)
        {
            try
            {
                compiled = CampaignCompiler.Compile(doc, _catalog);
            }
            catch (CampaignInvalidException ex)
            {
                return Refuse(CampaignOutcome.Invalid(ex.Problems));
            }
        }

        record.State = state;
        Write(record, doc, doc.Version, format, by);
        if (compiled is not null)
        {
            _active.Activate(compiled);
        }

        _log.LogInformation("Campaign {Campaign} version {Version} written ({State}, by {By})", record.Id, record.Version, Name(state), by);
        return new CampaignOutcome(CampaignOutcomeKind.Done, record);
    }

    private void Write(CampaignRecord record, CampaignDocument doc, int version, string format, string by)
    {
        var now = _time.GetUtcNow();
        doc.Version = version;
        _db.CampaignVersions.Upsert(new CampaignVersionRecord
        {
            Id = CampaignVersionRecord.KeyOf(doc.Id, version),
            Campaign = doc.Id,
            Version = version,
            Json = CampaignLoader.ToJson(doc),
            Format = format,
            ChangedBy = by,
            ChangedAt = now,
        });
        record.Version = version;
        record.Name = doc.Name;
        record.Stores = [.. doc.Stores];
        record.ChangedAt = now;
        record.ChangedBy = by;
        _db.Campaigns.Upsert(record);
    }

    private CampaignLoadResult Load(CampaignRecord record) =>
        _db.CampaignVersions.FindById(CampaignVersionRecord.KeyOf(record.Id, record.Version)) is { } version
            ? CampaignLoader.FromJson(version.Json, _catalog)
            : new CampaignLoadResult(null, [new CampaignProblem("$", $"version {record.Version} of campaign '{record.Id}' is missing from the database")]);

    private CompiledCampaign? Compile(CampaignRecord record)
    {
        var loaded = Load(record);
        if (loaded.IsValid)
        {
            return CampaignCompiler.Compile(loaded.Document!, _catalog);
        }

        // Provisioning changed under it (a zone taken out): it stays active in the store and runs again once valid.
        _log.LogWarning("Active campaign {Campaign} version {Version} no longer validates and does not run: {Problems}",
            record.Id, record.Version, string.Join("; ", loaded.Problems));
        _counters.DocumentRefused(RefusalReasons.Of(loaded.Problems));
        return null;
    }

    /// <summary>A campaign from the watched folder is changed by changing its file; an ended one stays ended.</summary>
    private CampaignOutcome? ApiRefusal(CampaignRecord record) =>
        record.FolderFile is { } file
            ? Refuse(CampaignOutcome.Conflict(record, $"campaign '{record.Id}' is owned by the campaign folder (file {file}): change the file; the API can only read it"))
            : record.State == CampaignState.Ended
                ? Refuse(CampaignOutcome.Conflict(record, $"campaign '{record.Id}' has ended: an ended campaign is kept as it was; create a new id"))
                : null;

    private CampaignOutcome Refuse(CampaignOutcome outcome)
    {
        _counters.DocumentRefused(outcome.Kind == CampaignOutcomeKind.Invalid ? RefusalReasons.Of(outcome.Problems ?? []) : RefusalReasons.Conflict);
        return outcome;
    }

    internal static string Name(CampaignState state) => state.ToString().ToLowerInvariant();
}
