using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>The watched folder's changes: a file owns its campaign, and what the file says runs.</summary>
public sealed partial class CampaignStore
{
    /// <summary>
    /// A valid file, new or changed: a new version (when its text changed) that is active at once. A campaign made
    /// through the API, or by another file, is not taken over (409, counted as a conflict).
    /// </summary>
    public CampaignOutcome ApplyFile(CampaignDocument doc, string file, string hash)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var by = "folder:" + file;
        lock (_write)
        {
            var record = _db.Campaigns.FindById(doc.Id);
            if (record is not null && record.FolderFile is null)
            {
                return Refuse(CampaignOutcome.Conflict(record, $"campaign '{doc.Id}' was made through the API: the folder does not take it over (rename the id in {file})"));
            }

            if (record is not null && !string.Equals(record.FolderFile, file, StringComparison.Ordinal))
            {
                return Refuse(CampaignOutcome.Conflict(record, $"campaign '{doc.Id}' is already defined by file {record.FolderFile}"));
            }

            if (record is not null && record.FolderHash == hash)
            {
                return record.State == CampaignState.Active
                    ? new CampaignOutcome(CampaignOutcomeKind.Unchanged, record)
                    : SetState(record, CampaignState.Active, by);
            }

            record ??= new CampaignRecord { Id = doc.Id, FolderFile = file };
            record.FolderHash = hash;
            var outcome = Publish(record, doc, "yaml", by, CampaignState.Active);
            if (outcome.Kind == CampaignOutcomeKind.Done)
            {
                // The file now defines another id: the campaign it defined before ends.
                foreach (var before in _db.Campaigns.Find(c => c.FolderFile == file && c.Id != doc.Id && c.State != CampaignState.Ended).ToList())
                {
                    SetState(before, CampaignState.Ended, by);
                }
            }

            return outcome.Kind == CampaignOutcomeKind.Done && record.Version == 1 ? outcome with { Kind = CampaignOutcomeKind.Created } : outcome;
        }
    }

    /// <summary>The file is gone: every campaign it owned ends (its versions are kept).</summary>
    public IReadOnlyList<string> EndFile(string file)
    {
        lock (_write)
        {
            var ended = new List<string>();
            foreach (var record in _db.Campaigns.Find(c => c.FolderFile == file && c.State != CampaignState.Ended).ToList())
            {
                SetState(record, CampaignState.Ended, "folder:" + file);
                ended.Add(record.Id);
            }

            return ended;
        }
    }

    /// <summary>The files that own a campaign that has not ended.</summary>
    public IReadOnlyList<string> LiveFiles()
    {
        lock (_write)
        {
            return [.. _db.Campaigns.Find(c => c.FolderFile != null && c.State != CampaignState.Ended).Select(c => c.FolderFile!).Distinct(StringComparer.Ordinal)];
        }
    }
}
