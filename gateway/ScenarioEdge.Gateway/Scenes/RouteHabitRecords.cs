using System.Buffers.Binary;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The edge between LiteDB and the scene model for route habits: the cells as bytes (little-endian), not objects.</summary>
public static class RouteHabitRecords
{
    public static RouteHabitRecord ToRecord(this RouteHabitSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var cells = new byte[snapshot.Cells.Length * sizeof(uint)];
        for (var k = 0; k < snapshot.Cells.Length; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(cells.AsSpan(k * sizeof(uint)), snapshot.Cells[k]);
        }

        return new RouteHabitRecord
        {
            Id = snapshot.Shopper,
            Day = snapshot.Day,
            OffsetMinutes = snapshot.OffsetMinutes,
            Observed = (int)snapshot.Observed,
            Cells = cells,
            Stores = [.. snapshot.Stores.Select(s => s ?? "")],
            UpdatedAt = new DateTime(Math.Max(snapshot.ChangedAtTicks, DateTime.UnixEpoch.Ticks), DateTimeKind.Utc),
        };
    }

    public static RouteHabitSnapshot ToSnapshot(this RouteHabitRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var cells = new uint[record.Cells.Length / sizeof(uint)];
        for (var k = 0; k < cells.Length; k++)
        {
            cells[k] = BinaryPrimitives.ReadUInt32LittleEndian(record.Cells.AsSpan(k * sizeof(uint)));
        }

        return new RouteHabitSnapshot(record.Id, record.Day, record.OffsetMinutes, (uint)record.Observed, cells, [.. record.Stores], record.UpdatedAt.Ticks);
    }

    /// <summary>A copy for LiteDB.</summary>
    public static RouteHabitRecord ToRecord(this RouteHabit habit)
    {
        ArgumentNullException.ThrowIfNull(habit);
        return habit.ToSnapshot().ToRecord();
    }

    extension(RouteHabit)
    {
        /// <summary>A habit kept in LiteDB.</summary>
        public static RouteHabit FromRecord(RouteHabitRecord record) => RouteHabit.FromSnapshot(record.ToSnapshot());
    }
}
