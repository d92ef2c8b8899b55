namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A shopper's route habit (LiteDB collection <c>routehabits</c>): activity data, kept only with the activity
/// consent and within retention. Cells are 48 little-endian 32-bit words (see <c>Scenes/RouteHabit.cs</c>).
/// </summary>
public sealed class RouteHabitRecord
{
    /// <summary>The shopper.</summary>
    public string Id { get; set; } = "";

    /// <summary>Local day number (days since 0001-01-01) of day bit 0.</summary>
    public int Day { get; set; }

    public int? OffsetMinutes { get; set; }

    /// <summary>Bit i: the shopper was heard on local day <see cref="Day"/> − i.</summary>
    public int Observed { get; set; }

    public byte[] Cells { get; set; } = [];

    public List<string> Stores { get; set; } = [];

    /// <summary>Event time (UTC) of the last change.</summary>
    public DateTime UpdatedAt { get; set; }
}
