namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// What campaign management counts, owned here and implemented where the metrics live (wired by the host), so that
/// campaigns and observability do not depend on each other.
/// </summary>
public interface ICampaignCounters
{
    /// <summary>A campaign document refused whole, by <see cref="RefusalReasons"/> reason.</summary>
    void DocumentRefused(string reason);

    /// <summary>An alert posted and kept.</summary>
    void AlertPosted();

    /// <summary>An alert refused, by reason: invalid, rate_limited.</summary>
    void AlertRefused(string reason);
}
