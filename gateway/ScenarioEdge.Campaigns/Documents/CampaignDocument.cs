using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>
/// A campaign as an operator writes it (JSON or YAML). Every value is kept as written — kinds, times and durations
/// as strings — so that validation can list every problem at once instead of failing at the first unparsable field.
/// <see cref="Validation.CampaignValidator"/> checks it; the campaign compiler turns it into
/// predicates.
/// </summary>
[Description("A ScenarioEdge campaign document (see docs/campaigns.md).")]
public sealed class CampaignDocument
{
    [Description("Stable id: lower-case letters, digits and '-', 1-64 characters.")]
    public string Id { get; set; } = "";

    [Description("Version of this document, from 1; a change is a new version.")]
    public int Version { get; set; }

    [Description("Name shown to operators.")]
    public string Name { get; set; } = "";

    [Description("Stores the campaign runs in: store ids, or [\"*\"] for every store.")]
    public List<string> Stores { get; set; } = [];

    [Description("When the campaign may send, in each store's own time zone. Absent: always.")]
    public ScheduleSpec? Schedule { get; set; }

    [Description("What causes the campaign to be considered.")]
    public TriggerSpec Trigger { get; set; } = new();

    [Description("Conditions on the trigger's facts; all must hold.")]
    public List<ConditionSpec> Conditions { get; set; } = [];

    [Description("Which shoppers may receive it. The offers consent is always required.")]
    public AudienceSpec? Audience { get; set; }

    [Description("What is sent, per channel (at least one).")]
    public ContentSpec Content { get; set; } = new();

    [Description("Frequency caps, cooldowns, per-visit cap, quiet-hours policy.")]
    public LimitsSpec? Limits { get; set; }

    [Description("Arbitration: the higher priority wins when several campaigns fire for one shopper (0-1000).")]
    public int Priority { get; set; }

    [Description("Value of the offer in the store's currency: breaks priority ties in arbitration.")]
    public double OfferValue { get; set; }

    [Description("Experiment: variants with weights and content, and a holdout; absent: one arm, default.")]
    public ExperimentSpec? Experiment { get; set; }
}
