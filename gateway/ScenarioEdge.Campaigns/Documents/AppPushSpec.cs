using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class AppPushSpec
{
    [Description("Notification headline, plain text with placeholders (at most 120 characters).")]
    public string Title { get; set; } = "";

    [Description("Notification text, plain text with placeholders (at most 1000 characters).")]
    public string Body { get; set; } = "";

    [Description("Link the app opens (e.g. app://offers/sports-drink), placeholders allowed.")]
    public string DeepLink { get; set; } = "";

    [Description("Image shown with the notification (https URL).")]
    public string? ImageUrl { get; set; }

    [Description("Coupon definition the push issues (its id): a code is issued, exactly once per trigger, when the push is sent.")]
    public string? CouponRef { get; set; }
}
