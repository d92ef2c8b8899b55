namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A unit's arm under one experiment salt, written at its first exposure (LiteDB collection <c>assignments</c>, id
/// <c>{salt}\n{unit}</c>, so unique per (salt, unit)): read back before the hash from then on, so weights changed
/// later move no one already exposed, across restarts.
/// </summary>
public sealed class AssignmentRecord
{
    public string Id { get; set; } = "";

    public string Salt { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>The shopper the unit is, or null (a display slot).</summary>
    public string? Shopper { get; set; }

    public string Arm { get; set; } = "";

    /// <summary>The campaign whose exposure fixed it.</summary>
    public string Campaign { get; set; } = "";

    public DateTime At { get; set; }

    public static string KeyOf(string salt, string unit) => $"{salt}\n{unit}";
}
