namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Holm's step-down correction (Holm 1979): controls the family-wise error over several variants each compared with
/// the holdout, uniformly more powerful than Bonferroni. Returns adjusted p-values in the input's order.
/// </summary>
public static class Holm
{
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).Where(i => !double.IsNaN(pValues[i])).OrderBy(i => pValues[i]).ToArray();
        var adjusted = Enumerable.Repeat(double.NaN, m).ToArray();
        var running = 0.0;
        for (var k = 0; k < order.Length; k++)
        {
            // Step-down: the k-th smallest is multiplied by the hypotheses left, and adjusted values never decrease.
            running = Math.Max(running, Math.Min(1, (order.Length - k) * pValues[order[k]]));
            adjusted[order[k]] = running;
        }

        return adjusted;
    }
}
