namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>A store's campaign rules (section <c>Gateway:Campaigns:Stores:{store}</c>); times are the store's local time.</summary>
public sealed class StoreCampaignPolicy
{
    /// <summary>Start of the quiet hours, HH:mm (with <see cref="QuietTo"/>; may wrap midnight).</summary>
    public string? QuietFrom { get; set; }

    /// <summary>End of the quiet hours, HH:mm, exclusive.</summary>
    public string? QuietTo { get; set; }

    /// <summary>At most this many messages per shopper per local calendar day, across every campaign.</summary>
    public int? MessagesPerDay { get; set; }

    /// <summary>At most this many messages per shopper per store visit, across every campaign.</summary>
    public int? MaxMessagesPerVisit { get; set; }
}
