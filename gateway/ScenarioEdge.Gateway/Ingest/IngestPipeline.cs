using System.Buffers;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// The front door for every inbound message, whichever broker it came through: topic → sender → decode and
/// validate → duplicate check → consent → hand-off to the stage that owns it. A refusal names the problem, is counted
/// by reason and logged in summaries (<see cref="RefusalLog"/>); nothing here throws for bad input.
/// </summary>
public sealed partial class IngestPipeline(
    IdentityDirectory directory,
    DuplicateFilter duplicates,
    StoreClocks clocks,
    EventTimeBound eventTimes,
    SceneIntake scenes,
    FeedbackRecorder feedback,
    RateLimits limits,
    ShelfEventQueue shelves,
    GatewayMetrics metrics,
    TimeProvider time,
    RefusalLog refusals,
    IPurchaseIntake purchases,
    IRedemptionIntake redemptions)
{
    private readonly IngestGate _gate = new();

    private const string UplinkTopics =
        "se/v1/stores/{store}/devices/{device}/{sightings|shelf|wearables|status|purchases|redemptions} or se/v1/apps/{install}/up/{activity|feedback|sightings}";

    /// <summary>
    /// Ingests one message published by client <paramref name="clientId"/>, logged in as <paramref name="principal"/>
    /// (null when an external broker authenticated and authorised the client).
    /// </summary>
    public ValueTask<IngestOutcome> IngestAsync(string topic, ReadOnlySequence<byte> payload, string clientId, ClientPrincipal? principal, CancellationToken cancellationToken) =>
        IngestAsync(topic, payload, retain: false, clientId, principal, cancellationToken);

    /// <summary>
    /// Ingests one message; <paramref name="retain"/> is its retain flag, refused everywhere but on a device's status:
    /// a retained uplink would outlive the data the gateway erases (client mode cannot see the flag of live messages).
    /// </summary>
    public async ValueTask<IngestOutcome> IngestAsync(string topic, ReadOnlySequence<byte> payload, bool retain, string clientId, ClientPrincipal? principal, CancellationToken cancellationToken)
    {
        var arrival = time.GetTimestamp();
        IngestOutcome outcome;
        if (!_gate.TryEnter())
        {
            outcome = IngestOutcome.Reject(RejectReason.ShuttingDown, "the gateway is shutting down; publish again after it is back");
        }
        else
        {
            try
            {
                outcome = await IngestCoreAsync(topic, payload, retain, principal, arrival, cancellationToken);
            }
            finally
            {
                _gate.Exit();
            }
        }

        metrics.Ingest.Observe(time.GetElapsedTime(arrival).TotalSeconds);
        if (!outcome.Accepted)
        {
            metrics.CountRejected(outcome.Reason);
            // Through an external broker the client id is the gateway's own; the topic names the sender there.
            refusals.Refused(principal is null ? topic : clientId, outcome.Reason.Name(), "message", topic, outcome.Error ?? "");
        }

        return outcome;
    }

    /// <summary>
    /// Shutdown, first step: takes no new message (each is refused as <see cref="RejectReason.ShuttingDown"/>, so its
    /// sender keeps it and publishes it again later) and completes once every message already in hand was handed on.
    /// </summary>
    public Task CloseAsync(CancellationToken cancellationToken) => _gate.CloseAsync(cancellationToken);

    private async ValueTask<IngestOutcome> IngestCoreAsync(string topic, ReadOnlySequence<byte> payload, bool retain, ClientPrincipal? principal, long arrival, CancellationToken cancellationToken)
    {
        if (!TopicParser.TryParse(topic, out var address))
        {
            return IngestOutcome.Reject(RejectReason.UnknownTopic, $"topic '{topic}' is not a ScenarioEdge uplink; expected {UplinkTopics}");
        }

        if (!address.IsDeviceUplink && !address.IsAppUplink)
        {
            return IngestOutcome.Reject(RejectReason.GatewayOnlyTopic, $"only the gateway publishes to '{topic}'; clients publish to {UplinkTopics}");
        }

        if (principal is not null)
        {
            if (!principal.MayPublish(address))
            {
                return IngestOutcome.Reject(RejectReason.NotAuthorized, $"{principal.UserName} may not publish to '{topic}': clients publish only under their own topics");
            }

            if (!limits.TryTake(principal))
            {
                return IngestOutcome.Reject(RejectReason.RateLimited, $"{principal.UserName} publishes faster than its limit; slow down and publish again");
            }
        }

        if (retain && address.Kind != TopicKind.Status)
        {
            return IngestOutcome.Reject(RejectReason.RetainNotAllowed, $"'{topic}' takes no retained messages: only a device's status is retained; publish without the retain flag");
        }

        if (address.IsDeviceUplink)
        {
            if (!directory.Current.TryGetDevice(address.Owner, address.Leaf, out var device))
            {
                return IngestOutcome.Reject(
                    RejectReason.UnknownDevice,
                    $"device '{address.Leaf}' of store '{address.Owner}' is not provisioned; provision it before it publishes");
            }

            if (device.Revoked)
            {
                // The broker closed its sessions, but a message can still be in flight, and in client mode the external
                // broker keeps its login until the operator removes it.
                return IngestOutcome.Reject(RejectReason.NotAuthorized, $"device '{address.Leaf}' of store '{address.Owner}' was revoked; provision it again to use it");
            }

            if (address.Kind != TopicKind.Status && address.IsPosUplink != device.IsPos)
            {
                // Checked here as well as in the broker's ACL: through an external broker only ingest sees the device's kind.
                return PosRefusal(address, device);
            }

            return address.Kind switch
            {
                TopicKind.Sightings => await SightingsAsync(device, payload, arrival, cancellationToken),
                TopicKind.Shelf => await ShelfAsync(device, payload, arrival, cancellationToken),
                TopicKind.Wearables => await WearableAsync(device, payload, arrival, cancellationToken),
                TopicKind.Purchases => PurchaseOf(device, payload, arrival),
                TopicKind.Redemptions => RedemptionOf(device, payload),
                _ => Accept<DeviceStatus>(device.Id, address.Kind, payload, out _),
            };
        }

        if (address.IsAppUplink)
        {
            if (!directory.Current.TryGetInstall(address.Owner, out var install))
            {
                return IngestOutcome.Reject(RejectReason.UnknownDevice, $"app install '{address.Owner}' is not registered");
            }

            var sender = install.Install;
            switch (address.Kind)
            {
                case TopicKind.AppFeedback:
                    var outcome = Accept<AppFeedback>(sender, address.Kind, payload, out var message, f => feedback.Refusal(install.Install, f));
                    if (outcome is { Accepted: true, Duplicate: false })
                    {
                        feedback.Record(install.Install, message!);
                    }

                    return outcome;
                case TopicKind.AppActivity:
                    var activityOutcome = Accept<AppActivity>(sender, address.Kind, payload, out var activity);
                    if (activityOutcome is { Accepted: true, Duplicate: false })
                    {
                        await scenes.PhoneAsync(install.Shopper.ShopperId, activity!, arrival, cancellationToken);
                    }

                    return activityOutcome;
                default:
                    var sightingsOutcome = Accept<SightingsBatch>(sender, address.Kind, payload, out var sightings);
                    if (sightingsOutcome is { Accepted: true, Duplicate: false })
                    {
                        // Store beacons the phone heard; they never move the store's event time (docs/scenes.md).
                        await scenes.PhoneSightingsAsync(install.Shopper.ShopperId, sightings!, arrival, cancellationToken);
                    }

                    return sightingsOutcome;
            }
        }

        return IngestOutcome.Reject(RejectReason.GatewayOnlyTopic, $"only the gateway publishes to '{topic}'; clients publish to {UplinkTopics}");
    }

    private async ValueTask<IngestOutcome> SightingsAsync(DeviceRecord device, ReadOnlySequence<byte> payload, long arrival, CancellationToken cancellationToken)
    {
        var outcome = Accept<SightingsBatch>(device.Id, TopicKind.Sightings, payload, out var batch);
        if (!outcome.Accepted || outcome.Duplicate)
        {
            return outcome;
        }

        await scenes.SightingsAsync(device, batch!, arrival, cancellationToken);
        if (clocks.Advance(device.Store, batch!.Ts, out var watermark))
        {
            await scenes.TickAsync(device.Store, watermark, cancellationToken);
        }

        return outcome;
    }

    private async ValueTask<IngestOutcome> WearableAsync(DeviceRecord device, ReadOnlySequence<byte> payload, long arrival, CancellationToken cancellationToken)
    {
        var outcome = Accept<WearableSample>(device.Id, TopicKind.Wearables, payload, out var sample);
        if (outcome is { Accepted: true, Duplicate: false })
        {
            await scenes.WearableAsync(device, sample!, arrival, cancellationToken);
        }

        return outcome;
    }

    private async ValueTask<IngestOutcome> ShelfAsync(DeviceRecord device, ReadOnlySequence<byte> payload, long arrival, CancellationToken cancellationToken)
    {
        var outcome = Accept<ShelfEvent>(device.Id, TopicKind.Shelf, payload, out var message);
        if (outcome is { Accepted: true, Duplicate: false })
        {
            await shelves.EnqueueAsync(new ShelfWork(device, message!, arrival), cancellationToken);
            await scenes.ShelfAsync(device, message!, arrival, cancellationToken);
        }

        return outcome;
    }

    /// <param name="refusal">A rule of the sender's rights over the decoded message (null: allowed), checked before the
    /// message counts as seen, so that a refused one is neither counted in nor taken for a redelivery later.</param>
    private IngestOutcome Accept<T>(string sender, TopicKind kind, ReadOnlySequence<byte> payload, out T? message, Func<T, string?>? refusal = null)
        where T : ProtocolMessage
    {
        var decoded = ProtocolCodec.Decode<T>(payload);
        message = decoded.Value;
        if (!decoded.Ok)
        {
            return IngestOutcome.Reject(ToReason(decoded.Failure), $"{typeof(T).Name}: {decoded.Error}");
        }

        // docs/protocol.md: a phone sends only what it heard; it keeps no store's time, so an empty batch means nothing.
        if (kind == TopicKind.AppSightings && message is SightingsBatch { Sightings.Count: 0 })
        {
            return IngestOutcome.Reject(RejectReason.InvalidField, "SightingsBatch: sightings: an app sends only the beacons its phone heard, never an empty batch");
        }

        if (eventTimes.Check(message!) is { } future)
        {
            return IngestOutcome.Reject(RejectReason.FutureTime, $"{typeof(T).Name}: {future}");
        }

        if (refusal?.Invoke(message!) is { } notAllowed)
        {
            return IngestOutcome.Reject(RejectReason.NotAuthorized, $"{typeof(T).Name}: {notAllowed}");
        }

        if (!duplicates.FirstTime(sender, message!.Id))
        {
            metrics.CountDuplicate();
            return IngestOutcome.Redelivery;
        }

        metrics.CountIn(kind);
        return IngestOutcome.Ok;
    }

    private static RejectReason ToReason(DecodeFailure failure) => failure switch
    {
        DecodeFailure.Oversize => RejectReason.Oversize,
        DecodeFailure.Empty => RejectReason.Empty,
        DecodeFailure.UnsupportedVersion => RejectReason.UnsupportedVersion,
        DecodeFailure.InvalidField => RejectReason.InvalidField,
        _ => RejectReason.MalformedJson,
    };
}
