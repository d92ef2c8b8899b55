using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>What the shopper did with a push.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedbackAction>))]
public enum FeedbackAction
{
    /// <summary>The app received the push.</summary>
    [JsonStringEnumMemberName("delivered")] Delivered,
    /// <summary>The shopper opened it.</summary>
    [JsonStringEnumMemberName("opened")] Opened,
    /// <summary>The shopper dismissed it.</summary>
    [JsonStringEnumMemberName("dismissed")] Dismissed,
    /// <summary>The shopper redeemed its coupon.</summary>
    [JsonStringEnumMemberName("redeemed")] Redeemed,
    /// <summary>The shopper followed the push's link or button.</summary>
    [JsonStringEnumMemberName("clicked")] Clicked,
}
