using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>The watched folder of coupon definitions (section <c>Gateway:Coupons</c>), beside the campaign folder.</summary>
public sealed class CouponOptions
{
    public const string Section = "Gateway:Coupons";

    /// <summary>Folder of <c>*.yaml</c>/<c>*.yml</c> coupon definitions; none set, no folder is watched.</summary>
    public string? Folder { get; set; }

    /// <summary>Quiet time after a file event before the folder is read.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The folder is read again this often even without events.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Rescan { get; set; } = TimeSpan.FromSeconds(30);
}
