using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>Delivery of pushes (section <c>Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// A recorded push the app has not acknowledged is published again when the app subscribes (after a gateway
    /// restart, or when no app was listening), for this long after it was recorded; older ones stay undelivered.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ResendWithin { get; set; } = TimeSpan.FromHours(1);
}
