using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class AudienceSpec
{
    [Description("Consent purposes required besides offers (always required): presence, activity, analytics.")]
    public List<string>? Consents { get; set; }

    [Description("The shopper carries at least one of these tags.")]
    public List<string>? TagsAny { get; set; }

    [Description("The shopper carries none of these tags.")]
    public List<string>? TagsNone { get; set; }

    [Description("Which shoppers: any, new or returning.")]
    public string? Shoppers { get; set; }
}
