using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Feedback;

/// <summary>
/// The bands the scene feedback report groups each feature into, chosen to be few (so each has shoppers enough for
/// an interval) and to read as a marketer's categories, not as quantiles that move between reports. Unknown values
/// are their own level, <c>unknown</c>, so a missing sensor never hides in a band;
/// a journey recorded without features is <c>unknown</c> for every feature. A coupon value of NaN means the push
/// carried no coupon (the contract of <see cref="JourneyFeatures.CouponValue"/>): level <c>no coupon</c>.
/// </summary>
public static class FeedbackBands
{
    public const string Unknown = "unknown";

    /// <summary>Feature name and how a journey's features map to a level.</summary>
    public static readonly IReadOnlyList<(string Feature, Func<JourneyFeatures, string> Level)> Features =
    [
        ("distanceToShelf", f => Band(f.DistanceToShelfM, [(2, "<2 m"), (5, "2–5 m"), (15, "5–15 m")], "≥15 m")),
        ("couponValue", f => double.IsNaN(f.CouponValue) ? "no coupon" : Band(f.CouponValue, [(5, "<5"), (10, "5–10"), (20, "10–20")], "≥20")),
        ("scene", f => string.IsNullOrEmpty(f.Scene) ? Unknown : f.Scene),
        ("sceneConfidence", f => Band(f.SceneConfidence, [(0.5, "<0.5"), (0.7, "0.5–0.7"), (0.9, "0.7–0.9")], "≥0.9")),
        ("timeOfDay", f => TimeOfDay(f.LocalHour)),
        ("dwell", f => Band(f.DwellSeconds, [(10, "<10 s"), (30, "10–30 s"), (120, "30–120 s")], "≥120 s")),
        ("displayAlsoShowed", f => f.DisplayAlsoShowed switch { true => "yes", false => "no", null => Unknown }),
    ];

    /// <summary>Morning 6–11, midday 11–14, afternoon 14–17, evening 17–21, night 21–6 (store-local hours).</summary>
    public static string TimeOfDay(int hour) => hour switch
    {
        < 0 or > 23 => Unknown,
        >= 6 and < 11 => "morning",
        >= 11 and < 14 => "midday",
        >= 14 and < 17 => "afternoon",
        >= 17 and < 21 => "evening",
        _ => "night",
    };

    private static string Band(double value, (double Below, string Name)[] bands, string top)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            return Unknown;
        }

        foreach (var (below, name) in bands)
        {
            if (value < below)
            {
                return name;
            }
        }

        return top;
    }
}
