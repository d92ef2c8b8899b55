using System.Buffers;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>The point of sale's uplinks: purchases and redemption requests, only from devices of kind pos.</summary>
public sealed partial class IngestPipeline
{
    private IngestOutcome PosRefusal(in TopicAddress address, DeviceRecord device)
    {
        if (address.Kind == TopicKind.Purchases)
        {
            metrics.CountPurchase("not_authorized");
        }

        return IngestOutcome.Reject(RejectReason.NotAuthorized, address.IsPosUplink
            ? $"device '{device.Device}' of store '{device.Store}' is a {device.Kind}, not a point of sale: only a device of kind pos publishes to '{address.Topic}'"
            : $"device '{device.Device}' of store '{device.Store}' is a point of sale: it publishes only purchases, redemptions and its status, not to '{address.Topic}'");
    }

    private IngestOutcome PurchaseOf(DeviceRecord device, ReadOnlySequence<byte> payload, long arrival)
    {
        var outcome = Accept<Purchase>(device.Id, TopicKind.Purchases, payload, out var purchase);
        if (!outcome.Accepted)
        {
            metrics.CountPurchase(outcome.Reason == RejectReason.FutureTime ? "future_time" : "invalid");
            return outcome;
        }

        // A redelivery by message id is answered as accepted without a look at the book; a resent receipt under a new
        // id is the book's to recognise.
        if (outcome.Duplicate)
        {
            metrics.CountPurchase("replayed");
            return outcome;
        }

        return purchases.Record(device, purchase!, arrival) is { } refused
            ? IngestOutcome.Reject(RejectReason.InvalidField, $"Purchase: {refused}")
            : outcome;
    }

    private IngestOutcome RedemptionOf(DeviceRecord device, ReadOnlySequence<byte> payload)
    {
        // A redelivered request is redeemed again on purpose: the ledger answers its key from the stored answer, and
        // the till gets the answer it may have missed.
        var decoded = ProtocolCodec.Decode<PosRedemption>(payload);
        if (!decoded.Ok)
        {
            return IngestOutcome.Reject(ToReason(decoded.Failure), $"{nameof(PosRedemption)}: {decoded.Error}");
        }

        if (eventTimes.Check(decoded.Value!) is { } future)
        {
            return IngestOutcome.Reject(RejectReason.FutureTime, $"{nameof(PosRedemption)}: {future}");
        }

        metrics.CountIn(TopicKind.Redemptions);
        redemptions.Redeem(device, decoded.Value!);
        return IngestOutcome.Ok;
    }
}
