using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Hosts the campaign engine: one worker owns every shopper's limits, arbitration rounds and deferred sends (so no
/// two decisions about a shopper race). Per trigger it takes the current campaign snapshot once, runs the
/// <see cref="TriggerDecider"/> with the shopper's limits and the store's policy, and opens or joins the shopper's
/// arbitration round; due rounds are resolved (after checking each candidate's context still holds), due deferrals
/// released, and the winners handed to every delivery channel. Decisions, limits and deferrals are written in
/// batches at most <see cref="CampaignOptions.WriteDelay"/> after they happen, and once more at shutdown.
/// </summary>
public sealed partial class CampaignRuntime(
    CampaignTriggers triggers,
    ActiveCampaigns active,
    StorePolicies policies,
    ShopperContexts contexts,
    CampaignMessageComposer composer,
    IEnumerable<IDeliveryChannel> channels,
    FeedbackRecorder feedback,
    GatewayDatabase database,
    Observability.GatewayMetrics metrics,
    IOptions<CampaignOptions> options,
    TimeProvider time,
    ILogger<CampaignRuntime> log) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private readonly Lock _gate = new();
    private readonly TriggerDecider _decider = new();
    private readonly ShopperLimits _limits = new(database);
    private readonly DeferredDecisions _deferred = new(database);
    private readonly DecisionLog _log = new(database, metrics);
    private readonly Dictionary<string, PendingRound> _rounds = new(StringComparer.Ordinal);
    private readonly List<DecisionRecord> _records = [];
    private readonly List<DeferredDecision> _newDeferred = [];
    private readonly List<CompiledCampaign> _matches = [];
    private readonly List<CampaignMessage> _outbox = [];
    private readonly IDeliveryChannel[] _channels = [.. channels];
    private DateTimeOffset _flushDue = DateTimeOffset.MaxValue;

    /// <summary>Shutdown, after the trigger sources: decides the triggers queued, resolves open rounds, hands the winners on and writes everything.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        triggers.Complete();
        await this.FinishQueuedAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        lock (_gate)
        {
            Flush();
        }
    }

    /// <summary>Writes whatever is pending now (the decision API reads after it, so a question sees the latest answer).</summary>
    public void FlushNow()
    {
        lock (_gate)
        {
            Flush();
        }
    }

    /// <summary>Erasure: the shopper's limits, deferred sends, open round, unwritten decisions and whereabouts go.</summary>
    public void Forget(string shopper)
    {
        lock (_gate)
        {
            _limits.Forget(shopper);
            _deferred.Forget(shopper);
            _log.Forget(shopper);
            _rounds.Remove(shopper);
            contexts.Forget(shopper);
        }
    }

    /// <summary>The shopper dismissed a message of the campaign: its longer cooldown (cooldownAfterDismissal) starts.</summary>
    public void OnDismissed(string shopper, string campaign, DateTimeOffset at)
    {
        lock (_gate)
        {
            _limits.Get(shopper).Limits.RecordDismissal(campaign, at);
            _limits.Changed(shopper);
            Changed();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lock (_gate)
        {
            _deferred.Load();
        }

        feedback.Dismissed += OnDismissed;

        var reader = triggers.Reader;
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    var now = time.GetUtcNow();
                    for (var n = 0; n < 512 && reader.TryRead(out var work); n++)
                    {
                        Handle(work, now);
                    }

                    ResolveDue(now, all: false);
                    ReleaseDue(now);
                    if (now >= _flushDue)
                    {
                        Flush();
                    }
                }

                await SendOutboxAsync(stoppingToken);
                if (reader.Completion.IsCompleted)
                {
                    break;
                }

                if (!reader.TryPeek(out _))
                {
                    await Task.WhenAny(reader.WaitToReadAsync(stoppingToken).AsTask(), Task.Delay(Tick, time, stoppingToken));
                }
            }

            // Drained: what waits for its arbitration window is decided now rather than lost.
            lock (_gate)
            {
                ResolveDue(time.GetUtcNow(), all: true);
            }

            await SendOutboxAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            feedback.Dismissed -= OnDismissed;
            lock (_gate)
            {
                Flush();
            }
        }
    }

    private async Task SendOutboxAsync(CancellationToken cancellationToken)
    {
        List<CampaignMessage> messages;
        lock (_gate)
        {
            if (_outbox.Count == 0)
            {
                return;
            }

            messages = [.. _outbox];
            _outbox.Clear();
        }

        foreach (var message in messages)
        {
            foreach (var channel in _channels)
            {
                if (channel.Serves(message) && !await channel.DeliverAsync(message, cancellationToken))
                {
                    log.LogWarning("Campaign {Campaign}: channel {Channel} refused the message for shopper {Shopper}", message.Campaign, channel.Name, message.Shopper);
                }
            }
        }
    }

    private void Flush()
    {
        if (_limits.Pending + _deferred.Pending + _log.Pending == 0)
        {
            _flushDue = DateTimeOffset.MaxValue;
            return;
        }

        try
        {
            var started = time.GetTimestamp();
            _limits.Flush(time.GetUtcNow());
            _deferred.Flush();
            _log.Flush();
            metrics.CampaignWrites.Observe(time.GetElapsedTime(started).TotalSeconds);
            _flushDue = DateTimeOffset.MaxValue;
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            // Kept in memory and tried again at the next flush.
            log.LogError(ex, "Could not write campaign decisions and limits ({Message}); trying again", ex.Message);
            _flushDue = time.GetUtcNow() + options.Value.WriteDelay;
        }
    }

    private void Changed()
    {
        if (_flushDue == DateTimeOffset.MaxValue)
        {
            _flushDue = time.GetUtcNow() + options.Value.WriteDelay;
        }
    }
}
