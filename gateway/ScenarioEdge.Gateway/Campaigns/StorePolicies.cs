using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Gateway.Campaigns.Management;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Each store's <see cref="StorePolicy"/>: its time zone from the catalog, its quiet hours, daily cap and per-visit
/// maximum from <see cref="CampaignOptions.Stores"/>. Built once per store and catalog snapshot.
/// </summary>
public sealed class StorePolicies(CampaignCatalog catalog, IOptions<CampaignOptions> options)
{
    private readonly Dictionary<string, StorePolicy> _policies = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _generation = -1;

    public StorePolicy For(string store)
    {
        lock (_lock)
        {
            var generation = catalog.Generation;
            if (generation != _generation)
            {
                _policies.Clear();
                _generation = generation;
            }

            if (!_policies.TryGetValue(store, out var policy))
            {
                _policies[store] = policy = Build(store, catalog.TimeZoneOf(store) ?? TimeZoneInfo.Utc, options.Value.Stores.GetValueOrDefault(store));
            }

            return policy;
        }
    }

    /// <summary>The policy from a store's settings; a quiet-hours pair that is not HH:mm is refused at start (see validation).</summary>
    public static StorePolicy Build(string store, TimeZoneInfo zone, StoreCampaignPolicy? settings) => new(store, zone)
    {
        QuietHours = settings is { QuietFrom: { } from, QuietTo: { } to } ? LocalTimeRange.Parse(from, to) : null,
        Caps = settings?.MessagesPerDay is { } perDay ? [new CapRule($"store/{perDay}/calendarDay", CapScope.AllCampaigns, perDay, null)] : [],
        MaxMessagesPerVisit = settings?.MaxMessagesPerVisit,
    };
}
