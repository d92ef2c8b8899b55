using System.Buffers.Binary;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

internal sealed partial class RouteHabit
{
    /// <summary>A copy for LiteDB: the cells as bytes (little-endian), not objects.</summary>
    public RouteHabitRecord ToRecord()
    {
        var cells = new byte[Slots * sizeof(uint)];
        for (var k = 0; k < Slots; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(cells.AsSpan(k * sizeof(uint)), _cells[k]);
        }

        return new RouteHabitRecord
        {
            Id = Shopper,
            Day = Day,
            OffsetMinutes = HasOffset ? OffsetMinutes : null,
            Observed = (int)_observed,
            Cells = cells,
            Stores = [.. _stores.Select(s => s ?? "")],
            UpdatedAt = new DateTime(Math.Max(ChangedAt, DateTime.UnixEpoch.Ticks), DateTimeKind.Utc),
        };
    }

    public static RouteHabit FromRecord(RouteHabitRecord r)
    {
        var habit = new RouteHabit(r.Id)
        {
            Day = r.Day,
            OffsetMinutes = r.OffsetMinutes ?? 0,
            HasOffset = r.OffsetMinutes is not null,
            ChangedAt = r.UpdatedAt.Ticks,
        };
        habit._observed = (uint)r.Observed & DaysMask;
        habit._weekdays = Weekdays(r.Day);
        for (var k = 0; k < Slots && (k + 1) * sizeof(uint) <= r.Cells.Length; k++)
        {
            habit._cells[k] = BinaryPrimitives.ReadUInt32LittleEndian(r.Cells.AsSpan(k * sizeof(uint)));
        }

        for (var i = 0; i < MaxStores && i < r.Stores.Count; i++)
        {
            habit._stores[i] = string.IsNullOrEmpty(r.Stores[i]) ? null : r.Stores[i];
        }

        return habit;
    }

    /// <summary>The habit as a person can read it, for the shopper's export.</summary>
    public RouteHabitExport Describe(SceneOptions o)
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
