namespace ScenarioEdge.Provisioning;

/// <summary>One load-cell lane of a shelf: the product it holds and how many items lie on it at the start.</summary>
public sealed class ShelfLaneSpec
{
    /// <summary>Lane id on the device; "a{position}" when absent.</summary>
    public string? Lane { get; set; }

    public string Sku { get; set; } = "";

    public double UnitGrams { get; set; }

    /// <summary>How far one item may weigh from <see cref="UnitGrams"/>; 3% of it when absent.</summary>
    public double? ToleranceGrams { get; set; }

    /// <summary>Items on the lane at the start.</summary>
    public int Stock { get; set; }

    /// <summary>Slot on the shelf, counted from 1 on the left (the planogram position).</summary>
    public int Position { get; set; } = 1;

    public string LaneId => Lane ?? $"a{Position}";

    public double Tolerance => ToleranceGrams ?? Math.Round(UnitGrams * 0.03, 1);
}
