using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Redemption over MQTT: a point of sale's request goes through the same <see cref="CouponLedger.Redeem"/> as the
/// HTTP endpoint, with its key scoped to the device, and the answer (the HTTP body, its status, the request's key) is
/// published to the device's answers topic at QoS 1 (<see cref="PosAnswerPublisher"/>). A redelivered request is answered
/// again from the ledger.
/// </summary>
public sealed class PosRedemptions(CouponLedger ledger, PosAnswerQueue answers, RefusalLog refusals, TimeProvider time) : IRedemptionIntake
{
    /// <summary>The ledger's key of a till's request: the device's own scope, so two tills cannot collide and HTTP and MQTT agree.</summary>
    public static string ScopedKey(string device, string key) => $"pos:{device}\n{key}";

    public void Redeem(DeviceRecord device, PosRedemption request) => RedeemAndQueue(device, request);

    /// <summary>Redeems through the ledger and queues the answer; returns it.</summary>
    public RedemptionResult RedeemAndQueue(DeviceRecord device, PosRedemption request)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(request);
        var answer = ledger.Redeem(device.Store, request.Code, ScopedKey(device.Id, request.Key), null, device.Id);
        if (answer.Refusal is "unknown" or "malformed" or "other_store")
        {
            refusals.Refused(device.Id, "coupon_" + answer.Refusal, "redemption", device.Store, answer.Detail ?? answer.Refusal);
        }

        var result = new RedemptionResult
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            Ts = time.GetUtcNow(),
            Request = request.Id,
            Key = request.Key,
            Status = RedemptionEndpoints.StatusOf(answer),
            Reason = answer.Refusal,
            Detail = answer.Detail,
            Redemption = answer.Redemption,
            Code = answer.Code,
            Coupon = answer.Coupon,
            Kind = answer.Kind,
            Value = answer.Value,
        };
        if (!answers.Enqueue(device.Store, device.Device, result))
        {
            refusals.Refused(device.Id, "answer_queue_full", "redemption", device.Store, "the answers queue is full; the till's retry with the same key gets the answer");
        }

        return result;
    }
}
