
namespace ScenarioEdge.Scenes;

public sealed partial class RouteHabit
{
    /// <summary>A copy to keep (the partition goes on changing this one).</summary>
    public RouteHabitSnapshot ToSnapshot() =>
        new(Shopper, Day, HasOffset ? OffsetMinutes : null, _observed, (uint[])_cells.Clone(), (string?[])_stores.Clone(), ChangedAt);

    /// <summary>A habit kept before; missing cells and stores are empty, extra ones ignored.</summary>
    public static RouteHabit FromSnapshot(RouteHabitSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var habit = new RouteHabit(snapshot.Shopper)
        {
            Day = snapshot.Day,
            OffsetMinutes = snapshot.OffsetMinutes ?? 0,
            HasOffset = snapshot.OffsetMinutes is not null,
            ChangedAt = snapshot.ChangedAtTicks,
        };
        habit._observed = snapshot.Observed & DaysMask;
        habit._weekdays = Weekdays(snapshot.Day);
        snapshot.Cells.AsSpan(0, Math.Min(Slots, snapshot.Cells.Length)).CopyTo(habit._cells);
        for (var i = 0; i < MaxStores && i < snapshot.Stores.Length; i++)
        {
            habit._stores[i] = string.IsNullOrEmpty(snapshot.Stores[i]) ? null : snapshot.Stores[i];
        }

        return habit;
    }

    /// <summary>The habit as a person can read it, for the shopper's export.</summary>
    public RouteHabitExport Describe(RouteHabitOptions o)
    {
        var slots = new List<RouteSlotExport>();
        for (var k = 0; k < Slots; k++)
        {
            var cell = _cells[k];
            if ((cell & DaysMask) == 0)
            {
                continue;
            }

            var lo = (int)((cell >> LoShift) & 15);
            var hi = (int)((cell >> HiShift) & 15);
            slots.Add(new RouteSlotExport(
                $"{TimeSpan.FromMinutes(k * 30):hh\\:mm}-{TimeSpan.FromMinutes((k + 1) * 30 % 1440):hh\\:mm}",
                _stores[(cell >> StoreShift) & 3] ?? "",
                lo == 0 ? 0 : o.RouteBandBaseM * Math.Pow(2, lo),
                o.RouteBandBaseM * Math.Pow(2, hi + 1),
                Dates(cell & DaysMask)));
        }

        return new RouteHabitExport(HasOffset ? OffsetMinutes : null, Dates(_observed), slots);
    }

    private List<string> Dates(uint days)
    {
        var dates = new List<string>();
        for (var i = DaysKept - 1; i >= 0; i--)
        {
            if ((days & (1u << i)) != 0)
            {
                dates.Add(new DateTime((long)(Day - i) * TimeSpan.TicksPerDay).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return dates;
    }
}
