namespace ScenarioEdge.Scenes;

/// <summary>Distance bands, local-time offsets and day masks of a <see cref="RouteHabit"/>.</summary>
public sealed partial class RouteHabit
{
    /// <summary>Log-scaled distance band: 0 below twice <see cref="RouteHabitOptions.RouteBandBaseM"/>, then one band per doubling, at most 15.</summary>
    public static int Band(double distanceM, RouteHabitOptions o) =>
        Math.Clamp((int)Math.Floor(Math.Log2(Math.Max(distanceM, o.RouteBandBaseM) / o.RouteBandBaseM)), 0, 15);

    /// <summary>Local time minus UTC from a signal that carries the store's local hour, to the quarter hour.</summary>
    private static bool TryOffset(in SceneSignal s, out int minutes)
    {
        minutes = 0;
        if (double.IsNaN(s.LocalHour))
        {
            return false;
        }

        var offset = s.LocalHour - (s.AtTicks % TimeSpan.TicksPerDay / (double)TimeSpan.TicksPerHour);
        offset = offset > 14 ? offset - 24 : offset < -14 ? offset + 24 : offset;
        minutes = (int)Math.Round(offset * 4) * 15;
        return true;
    }

    private static uint Bits(int upTo) => upTo < 0 ? 0 : upTo >= 31 ? uint.MaxValue : (1u << (upTo + 1)) - 1;

    /// <summary>Bit i set when local day <paramref name="day"/> − i is Monday to Friday (day 0 was a Monday).</summary>
    private static uint Weekdays(int day)
    {
        var mask = 0u;
        for (var i = 0; i < DaysKept; i++)
        {
            mask |= (day - i) % 7 < 5 ? 1u << i : 0;
        }

        return mask;
    }
}
