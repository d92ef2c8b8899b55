namespace ScenarioEdge.Experiments.Assignment;

/// <summary>
/// Deterministic assignment: a shopper's arm is where their bucket for the experiment's salt falls among the arms'
/// cumulative weights, and the global control group is the lowest <c>share</c> of a bucket under its own salt, so it
/// is independent of every experiment. The caller persists the arm at first exposure and reads it from there after
/// (sticky): a later change of weights then moves no shopper already exposed; only new shoppers see the new split.
/// </summary>
public static class Assigner
{
    /// <summary>The salt of the global control group: one group across all campaigns.</summary>
    public const string GlobalControlSalt = "global-control";

    public static Arm Assign(string salt, string shopper, IReadOnlyList<Arm> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var total = 0.0;
        foreach (var arm in arms)
        {
            if (!(arm.Weight > 0) || double.IsInfinity(arm.Weight))
            {
                throw new ArgumentException($"arm '{arm.Name}' has weight {arm.Weight}; weights are positive", nameof(arms));
            }

            total += arm.Weight;
        }

        if (arms.Count == 0)
        {
            throw new ArgumentException("an experiment has at least one arm", nameof(arms));
        }

        var point = Bucket.Of(salt, shopper) * total;
        var cumulative = 0.0;
        foreach (var arm in arms)
        {
            cumulative += arm.Weight;
            if (point < cumulative)
            {
                return arm;
            }
        }

        // Rounding of the cumulative sum: the point belongs to the last arm.
        return arms[^1];
    }

    /// <summary>Whether the shopper is in the global control group of <paramref name="share"/> (default 5%).</summary>
    public static bool InGlobalControl(string shopper, double share = 0.05) =>
        share is < 0 or > 1 || double.IsNaN(share)
            ? throw new ArgumentOutOfRangeException(nameof(share), share, "a share is between 0 and 1")
            : Bucket.Of(GlobalControlSalt, shopper) < share;
}
