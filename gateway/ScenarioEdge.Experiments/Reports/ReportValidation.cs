using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// Rejects a report request that cannot mean anything, naming the parameter (an endpoint answers 400 with it); arms
/// that cannot be a campaign's are the caller's bug, an <see cref="ArgumentException"/>.
/// </summary>
internal static class ReportValidation
{
    public static void Check(IReadOnlyList<Arm> arms, ReportOptions options)
    {
        if (!Enum.IsDefined(options.ConversionStage))
        {
            throw new ReportRequestException("stage", $"stage {(int)options.ConversionStage} is not a funnel stage");
        }

        if (options.From is { } from && options.To is { } to && from > to)
        {
            throw new ReportRequestException("from", $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        }

        if (!(options.Alpha is > 0 and < 1))
        {
            throw new ReportRequestException("alpha", $"alpha {options.Alpha} is not between 0 and 1");
        }

        if (options.MinimumPerArm < 0)
        {
            throw new ReportRequestException("minimumPerArm", $"minimumPerArm {options.MinimumPerArm} is negative");
        }

        if (!(options.GlobalControlShare is >= 0 and < 1))
        {
            throw new ReportRequestException("globalControlShare", $"globalControlShare {options.GlobalControlShare} is not in [0, 1)");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arm in arms)
        {
            if (!(arm.Weight > 0) || !double.IsFinite(arm.Weight))
            {
                throw new ArgumentException($"arm '{arm.Name}' has weight {arm.Weight}; weights are positive", nameof(arms));
            }

            if (!names.Add(arm.Name) || arm.Name == ArmNames.GlobalControl)
            {
                throw new ArgumentException($"arm '{arm.Name}' is named twice or takes a reserved name", nameof(arms));
            }
        }
    }
}
