using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// The one reference to the current <see cref="CampaignSet"/>. Readers (every partition) take <see cref="Current"/>
/// once per event and never lock; activation, pause and catalog changes build a new snapshot off to the side and
/// swap the reference, so every partition sees the whole change at once or not at all. Writers are serialised.
/// </summary>
public sealed class ActiveCampaigns(ICampaignCatalog catalog)
{
    private readonly Lock _write = new();
    private CampaignSet _current = CampaignSet.Empty;

    public CampaignSet Current => Volatile.Read(ref _current);

    /// <summary>Activates (or replaces with a new version) a compiled campaign; returns the new snapshot.</summary>
    public CampaignSet Activate(CompiledCampaign campaign) =>
        Change(set => set.ById.Values.Where(c => c.Id != campaign.Id).Append(campaign));

    /// <summary>Pauses or ends a campaign (it no longer matches); returns the new snapshot.</summary>
    public CampaignSet Deactivate(string id) => Change(set => set.ById.Values.Where(c => c.Id != id));

    /// <summary>Replaces the whole set at once (start-up, or a folder of YAML files reloaded).</summary>
    public CampaignSet Replace(IEnumerable<CompiledCampaign> campaigns) => Change(_ => campaigns);

    private CampaignSet Change(Func<CampaignSet, IEnumerable<CompiledCampaign>> next)
    {
        lock (_write)
        {
            var set = CampaignSet.Build(next(_current), catalog);
            Volatile.Write(ref _current, set);
            return set;
        }
    }
}
