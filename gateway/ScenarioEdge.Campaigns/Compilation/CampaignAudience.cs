using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// Who may receive a campaign. <see cref="RequiredConsents"/> always includes offers (the compiler adds it; it is
/// not something a document can leave out), and activity when a condition reads heart rate or cadence.
/// </summary>
public sealed record CampaignAudience(Consents RequiredConsents, string[]? TagsAny, string[]? TagsNone, ShopperKind? Shoppers)
{
    public bool HasConsent(Consents given) => (given & RequiredConsents) == RequiredConsents && (given & Consents.Offers) != 0;

    public bool Admits(in TriggerFact fact)
    {
        if (Shoppers is { } kind && fact.ShopperKind != kind)
        {
            return false;
        }

        if (TagsAny is not null && !Overlaps(TagsAny, fact.Tags))
        {
            return false;
        }

        return TagsNone is null || !Overlaps(TagsNone, fact.Tags);
    }

    private static bool Overlaps(string[] wanted, string[]? tags)
    {
        foreach (var t in wanted)
        {
            if (tags is not null && Array.IndexOf(tags, t) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
