using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>Minutes of the local day, from inclusive to exclusive; wraps midnight when From is after To.</summary>
public readonly record struct LocalTimeRange(int From, int To)
{
    public bool Contains(int minuteOfDay) => From < To
        ? minuteOfDay >= From && minuteOfDay < To
        : minuteOfDay >= From || minuteOfDay < To;

    public static LocalTimeRange Parse(TimeRangeSpec spec)
    {
        if (!LocalTimes.TryParseTime(spec.From, out var from) || !LocalTimes.TryParseTime(spec.To, out var to))
        {
            throw new FormatException($"'{spec.From}'-'{spec.To}' is not a local time range HH:mm-HH:mm");
        }

        return new LocalTimeRange((from.Hour * 60) + from.Minute, (to.Hour * 60) + to.Minute);
    }

    public static LocalTimeRange Parse(string from, string to) => Parse(new TimeRangeSpec { From = from, To = to });
}
