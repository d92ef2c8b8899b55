namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Compares every variant with the holdout: conversion with Wilson intervals, absolute (Newcombe) and relative (log)
/// lift, the two-proportion z-test with Holm's correction across the variants, Welch's t on revenue per shopper, and
/// a verdict that says "too little data" below a minimum of exposed shoppers on either side.
/// </summary>
public static class Comparison
{
    public const int DefaultMinimumPerArm = 100;

    public static IReadOnlyList<VariantComparison> Against(ArmCounts holdout, IReadOnlyList<ArmCounts> variants, double alpha = 0.05, int minimumPerArm = DefaultMinimumPerArm)
    {
        ArgumentNullException.ThrowIfNull(holdout);
        ArgumentNullException.ThrowIfNull(variants);
        var confidence = 1 - alpha;
        var tests = variants.Select(v => TwoProportionTest.Of(v.Converted, v.Exposed, holdout.Converted, holdout.Exposed)).ToArray();
        var adjusted = Holm.Adjust([.. tests.Select(t => t.P)]);
        var result = new List<VariantComparison>(variants.Count);
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var absolute = Lift.Absolute(v.Converted, v.Exposed, holdout.Converted, holdout.Exposed, confidence);
            var revenue = WelchTest.Of(v.Revenue, holdout.Revenue, confidence);
            var verdict = v.Exposed < minimumPerArm || holdout.Exposed < minimumPerArm ? Verdict.TooLittleData
                : !(adjusted[i] < alpha) ? Verdict.NoDifference
                : absolute.Estimate > 0 ? Verdict.Better : Verdict.Worse;
            result.Add(new VariantComparison(
                v.Arm,
                Wilson.Of(v.Converted, v.Exposed, confidence),
                absolute,
                Lift.Relative(v.Converted, v.Exposed, holdout.Converted, holdout.Exposed, confidence),
                tests[i].Z,
                tests[i].P,
                adjusted[i],
                revenue.T,
                revenue.P,
                revenue.Difference,
                verdict));
        }

        return result;
    }
}
