using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Coupons.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Coupon definitions and their versions in LiteDB, and the one place that changes them (API and folder): changes are
/// serialised, a stale one (made from an older version) is refused with 409, a definition owned by a folder file is
/// changed only by its file. After a change the ledger's cache entry is dropped and <see cref="ProvisioningChanges"/>
/// is raised, so that campaign files refused for naming a coupon not yet defined are judged again.
/// </summary>
public sealed class CouponStore(GatewayDatabase db, CouponDefinitions definitions, ProvisioningChanges changes, TimeProvider time, ILogger<CouponStore> log)
{
    private readonly Lock _write = new();

    public CouponOutcome Create(CouponDocument doc, string by)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lock (_write)
        {
            if (db.Coupons.FindById(doc.Id) is { } existing)
            {
                return CouponOutcome.Conflict(existing, $"coupon '{doc.Id}' exists at version {existing.Version}: change it with PUT /api/coupons/{doc.Id}");
            }

            return Write(new CouponRecord { Id = doc.Id }, doc, by, StatusCodes.Status201Created);
        }
    }

    /// <summary>A new version; <paramref name="basedOn"/> (If-Match) or the document's version minus one names the version it was made from.</summary>
    public CouponOutcome Update(string id, CouponDocument doc, int? basedOn, string by)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lock (_write)
        {
            if (db.Coupons.FindById(id) is not { } record)
            {
                return new CouponOutcome(StatusCodes.Status404NotFound, null, $"no coupon '{id}'");
            }

            if (record.FolderFile is { } file)
            {
                return CouponOutcome.Conflict(record, $"coupon '{id}' is owned by the coupon folder (file {file}): change the file; the API can only read it");
            }

            if (!string.Equals(doc.Id, id, StringComparison.Ordinal))
            {
                return CouponOutcome.Invalid([new("$.id", $"the document's id '{doc.Id}' is not the coupon's '{id}'")]);
            }

            var from = basedOn ?? (doc.Version - 1);
            if (from != record.Version)
            {
                return CouponOutcome.Conflict(record,
                    $"stale: version {record.Version} is current, this change was made from version {from}; apply it to version {record.Version} and send it as version {record.Version + 1} (or If-Match: \"{record.Version}\")");
            }

            return Write(record, doc, by, StatusCodes.Status200OK);
        }
    }

    /// <summary>No more issuances; codes already issued redeem until they expire.</summary>
    public CouponOutcome Retire(string id, string by, bool byFolder = false)
    {
        lock (_write)
        {
            if (db.Coupons.FindById(id) is not { } record)
            {
                return new CouponOutcome(StatusCodes.Status404NotFound, null, $"no coupon '{id}'");
            }

            if (record.FolderFile is { } file && !byFolder)
            {
                return CouponOutcome.Conflict(record, $"coupon '{id}' is owned by the coupon folder (file {file}): remove the file to retire it");
            }

            if (!record.Retired)
            {
                record.Retired = true;
                record.ChangedAt = time.GetUtcNow();
                record.ChangedBy = by;
                db.Coupons.Upsert(record);
                Changed(record.Id);
                log.LogInformation("Coupon {Coupon} retired (by {By}): no more issuances", id, by);
            }

            return new CouponOutcome(StatusCodes.Status200OK, record);
        }
    }

    /// <summary>A valid folder file, new or changed: a new version. A definition made through the API or by another file is not taken over.</summary>
    public CouponOutcome ApplyFile(CouponDocument doc, string file, string hash)
    {
        ArgumentNullException.ThrowIfNull(doc);
        lock (_write)
        {
            var record = db.Coupons.FindById(doc.Id);
            if (record is not null && !string.Equals(record.FolderFile, file, StringComparison.Ordinal))
            {
                return CouponOutcome.Conflict(record, record.FolderFile is null
                    ? $"coupon '{doc.Id}' was made through the API: the folder does not take it over (rename the id in {file})"
                    : $"coupon '{doc.Id}' is already defined by file {record.FolderFile}");
            }

            if (record is not null && record.FolderHash == hash && !record.Retired)
            {
                return new CouponOutcome(StatusCodes.Status204NoContent, record);
            }

            record ??= new CouponRecord { Id = doc.Id, FolderFile = file };
            record.FolderHash = hash;
            record.Retired = false;
            return Write(record, doc, "folder:" + file, record.Version == 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    /// <summary>The files that own a definition that is not retired.</summary>
    public IReadOnlyList<(string Coupon, string File)> LiveFiles()
    {
        lock (_write)
        {
            return [.. db.Coupons.Find(c => c.FolderFile != null && !c.Retired).Select(c => (c.Id, c.FolderFile!))];
        }
    }

    private CouponOutcome Write(CouponRecord record, CouponDocument doc, string by, int status)
    {
        var now = time.GetUtcNow();
        doc.Version = record.Version + 1;
        var json = CouponLoader.ToJson(doc);
        // The version first: a crash in between leaves a version nobody points at, which the next change overwrites.
        db.CouponVersions.Upsert(new CouponVersionRecord
        {
            Id = CouponVersionRecord.KeyOf(doc.Id, doc.Version), Coupon = doc.Id, Version = doc.Version, Json = json, ChangedBy = by, ChangedAt = now,
        });
        record.Version = doc.Version;
        record.Name = doc.Name;
        record.Json = json;
        record.ChangedAt = now;
        record.ChangedBy = by;
        db.Coupons.Upsert(record);
        Changed(record.Id);
        log.LogInformation("Coupon {Coupon} version {Version} written (by {By})", record.Id, record.Version, by);
        return new CouponOutcome(status, record);
    }

    private void Changed(string id)
    {
        definitions.Changed(id);
        changes.Raise();
    }
}
