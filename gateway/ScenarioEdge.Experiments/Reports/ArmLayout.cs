using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// The arms in report order: the configured arms as given, then the global control, then arms seen in journeys
/// but no longer configured (sticky assignments outlive a removed variant).
/// </summary>
internal sealed class ArmLayout
{
    public const string Variant = "variant";
    public const string HoldoutRole = "holdout";
    public const string ControlRole = "control";
    public const string UnknownRole = "unknown";

    private ArmLayout(List<ArmSlot> all) => All = all;

    public List<ArmSlot> All { get; }

    public IEnumerable<ArmSlot> Variants => All.Where(a => a.Role == Variant);

    public IEnumerable<ArmSlot> Configured => All.Where(a => a.Role is Variant or HoldoutRole);

    public IEnumerable<string> Unknown => All.Where(a => a.Role == UnknownRole).Select(a => a.Name);

    public static ArmLayout Of(IReadOnlyList<Arm> arms, List<Journey> journeys)
    {
        var all = arms.Select(a => new ArmSlot(a.Name, a.Holdout ? HoldoutRole : Variant, a.Weight)).ToList();
        var known = all.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        if (!known.Contains(ArmNames.GlobalControl))
        {
            all.Add(new ArmSlot(ArmNames.GlobalControl, ControlRole, null));
            known.Add(ArmNames.GlobalControl);
        }

        all.AddRange(journeys.Select(j => j.Arm).Where(a => !known.Contains(a)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(a => new ArmSlot(a, UnknownRole, null)));
        return new ArmLayout(all);
    }

    /// <summary>
    /// The holdout when the campaign has one; otherwise the global control group, if it has exposures (its shoppers
    /// got no campaign at all, so the lift is against "nothing" rather than against "not this campaign").
    /// </summary>
    public (ArmSlot? Baseline, string? Note) Baseline(Dictionary<string, ArmTally> tallies)
    {
        var holdout = All.FirstOrDefault(a => a.Role == HoldoutRole);
        if (holdout is not null)
        {
            return (holdout, null);
        }

        var control = All.First(a => a.Role == ControlRole);
        return tallies.TryGetValue(control.Name, out var t) && t.Exposed > 0
            ? (control, "no holdout: variants are compared with the global control group, which received no campaign at all")
            : (null, "no holdout and no global control exposures: nothing to compare the variants with");
    }
}
