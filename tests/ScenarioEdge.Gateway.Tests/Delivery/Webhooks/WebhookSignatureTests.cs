using System.Text;
using ScenarioEdge.Gateway.Delivery.Webhooks;

namespace ScenarioEdge.Gateway.Tests.Delivery.Webhooks;

/// <summary>What a receiver following docs/campaigns.md can tell apart: a forged, tampered, replayed or garbled delivery.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = WebhookReceiver.Secret;
    private static readonly DateTimeOffset At = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"d-1","type":"push","data":{}}""");

    [Fact]
    public void Verify_SignedBySender_Valid() =>
        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(WebhookSignature.Sign(Body, Secret, At), Body, Secret, At.AddSeconds(3), WebhookSignature.DefaultTolerance));

    [Fact]
    public void Verify_ForgedWithAnotherSecret_BadSignature() =>
        Assert.Equal(WebhookVerification.BadSignature, WebhookSignature.Verify(WebhookSignature.Sign(Body, "another-secret-of-the-same-length-xx", At), Body, Secret, At, WebhookSignature.DefaultTolerance));

    [Fact]
    public void Verify_BodyChanged_BadSignature()
    {
        var header = WebhookSignature.Sign(Body, Secret, At);
        var tampered = Encoding.UTF8.GetBytes("""{"id":"d-1","type":"push","data":{"coupon":"FREE"}}""");

        Assert.Equal(WebhookVerification.BadSignature, WebhookSignature.Verify(header, tampered, Secret, At, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_TimestampMovedToLookFresh_BadSignature()
    {
        var header = WebhookSignature.Sign(Body, Secret, At);
        var moved = header.Replace($"t={At.ToUnixTimeSeconds()}", $"t={At.AddMinutes(10).ToUnixTimeSeconds()}", StringComparison.Ordinal);

        Assert.Equal(WebhookVerification.BadSignature, WebhookSignature.Verify(moved, Body, Secret, At.AddMinutes(10), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_ReplayedLater_OutsideTolerance() =>
        Assert.Equal(WebhookVerification.OutsideTolerance, WebhookSignature.Verify(WebhookSignature.Sign(Body, Secret, At), Body, Secret, At.AddMinutes(6), WebhookSignature.DefaultTolerance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=1700000000")]
    [InlineData("t=1700000000,v1=zz")]
    [InlineData("t=-5,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_Garbled_Malformed(string? header) =>
        Assert.Equal(WebhookVerification.Malformed, WebhookSignature.Verify(header, Body, Secret, At, WebhookSignature.DefaultTolerance));
}
