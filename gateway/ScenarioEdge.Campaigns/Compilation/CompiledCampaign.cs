using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// A validated campaign compiled once at activation: typed values, condition objects, parsed templates. Immutable
/// and shared by every partition.
/// </summary>
public sealed class CompiledCampaign
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    public required TriggerKind Kind { get; init; }

    /// <summary>Scene of sceneEntered, sceneLeft and timeWindow triggers (part of the index key); Unknown otherwise.</summary>
    public SceneState Scene { get; init; }

    /// <summary>Store ids, or null for every store.</summary>
    public IReadOnlyList<string>? Stores { get; init; }

    public required FactCondition[] Conditions { get; init; }

    /// <summary>Shelf ids the index files the campaign under (from a top-level shelves condition), or null.</summary>
    public IReadOnlyList<string>? IndexShelves { get; init; }

    /// <summary>Zone ids the index files the campaign under (from a top-level zones condition), or null.</summary>
    public IReadOnlyList<string>? IndexZones { get; init; }

    public required CampaignAudience Audience { get; init; }

    public required CampaignSchedule Schedule { get; init; }

    public required CompiledContent Content { get; init; }

    public required CampaignLimits Limits { get; init; }

    public int Priority { get; init; }

    public double OfferValue { get; init; }

    /// <summary>The campaign's arms (one, <c>default</c>, without an experiment block); shared by every arm's view.</summary>
    public CompiledExperiment Experiment { get; internal set; } = null!;

    /// <summary>The arm this instance sends for: <c>default</c>, or a variant's view with its content (see <see cref="CompiledArm"/>).</summary>
    public string Arm { get; private init; } = ScenarioEdge.Experiments.Funnel.ArmNames.Default;

    /// <summary>The document it was compiled from.</summary>
    public required CampaignDocument Document { get; init; }

    public override string ToString() => $"{Id} v{Version}";

    /// <summary>The same campaign as <paramref name="arm"/> sends it: its content in place of the campaign's.</summary>
    internal CompiledCampaign ForArm(string arm, CompiledContent content) => new()
    {
        Id = Id,
        Version = Version,
        Name = Name,
        Kind = Kind,
        Scene = Scene,
        Stores = Stores,
        Conditions = Conditions,
        IndexShelves = IndexShelves,
        IndexZones = IndexZones,
        Audience = Audience,
        Schedule = Schedule,
        Content = content,
        Limits = Limits,
        Priority = Priority,
        OfferValue = OfferValue,
        Document = Document,
        Arm = arm,
    };
}
