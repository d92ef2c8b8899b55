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
/// released, and the winners handed to every delivery channel. Decisions, limits, deferrals and the shoppers'
/// whereabouts are written in batches at most <see cref="CampaignOptions.WriteDelay"/> after they happen, and once
/// more at shutdown.
/// </summary>
public sealed partial class CampaignRuntime(
    CampaignTriggers triggers,
    ActiveCampaigns active,
    StorePolicies policies,
    ShopperContexts contexts,
    CampaignMessageComposer composer,
    ICouponIssuer coupons,
    IExposureLog exposures,
    IEnumerable<IDeliveryChannel> channels,
    FeedbackRecorder feedback,
    GatewayDatabase database,
    Observability.GatewayMetrics metrics,
    IOptions<CampaignOptions> options,
    TimeProvider time,
    ILogger<CampaignRuntime> log) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StopSendBudget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LetGoEvery = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();
    private readonly TriggerDecider _decider = new();
    private readonly ShopperLimits _limits = new(database, time);
    private readonly DeferredDecisions _deferred = new(database);
    private readonly DecisionLog _log = new(metrics);
    private readonly CampaignWriter _writer = new(database, metrics, time, log, contexts);
    private readonly UndecidedTriggers _undecided = new(database);
    private readonly Dictionary<string, PendingRound> _rounds = new(StringComparer.Ordinal);
    private readonly List<DecisionRecord> _records = [];
    private readonly List<DeferredDecision> _newDeferred = [];
    private readonly List<CompiledCampaign> _matches = [];
    private readonly List<CampaignMessage> _outbox = [];
    private readonly IDeliveryChannel[] _channels = [.. channels];
    private DateTimeOffset _flushDue = DateTimeOffset.MaxValue;
    private DateTimeOffset _letGoDue = DateTimeOffset.MinValue;
    private Task _sending = Task.CompletedTask;

    /// <summary>Shutdown, after the trigger sources: decides the triggers queued, resolves open rounds, hands the winners on and writes everything.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        triggers.Complete();
        await this.FinishQueuedAsync(cancellationToken);
    }

    /// <summary>
    /// Stops the worker. Out of shutdown time (the queue not drained), nothing accepted is lost: the triggers still
    /// queued are kept to be decided at the next start, open rounds are resolved now and their winners handed to the
    /// channels, and everything is written.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await StoppedSendingAsync();
        var left = new List<ScenarioEdge.Campaigns.Triggers.TriggerFact>();
        while (triggers.Reader.TryRead(out var work))
        {
            left.Add(work.Fact);
        }


        lock (_gate)
        {
            ResolveDue(time.GetUtcNow(), all: true);
            KeepUndecided(left);
            WriteAll();
            _writer.TakeWritten(_outbox);
        }

        using var budget = new CancellationTokenSource(StopSendBudget, time);
        try
        {
            await SendOutboxAsync(budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            int unsent;
            lock (_gate)
            {
                unsent = _outbox.Count;
                _outbox.Clear();
            }

            metrics.ShutdownDropped.Add(5, unsent);
            log.LogWarning("Stopped before the delivery channels took {Count} campaign messages; counted in se_shutdown_dropped_total", unsent);
        }
    }

    /// <summary>Writes whatever is pending now (the decision API reads after it, so a question sees the latest answer).</summary>
    public void FlushNow()
    {
        lock (_gate)
        {
            WriteAll();
        }
    }

    /// <summary>Erasure: the shopper's limits, deferred sends, open round, unwritten decisions and whereabouts go.</summary>
    public void Forget(string shopper)
    {
        lock (_gate)
        {
            // After the write in flight: what it held of the shopper is in the file, and goes with the rest below.
            _writer.Forget(shopper);
            _undecided.Forget(shopper);
            _limits.Forget(shopper);
            _deferred.Forget(shopper);
            _log.Forget(shopper);
            _held.RemoveAll(m => m.Shopper == shopper);
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
            DecideKept();
        }

        feedback.Dismissed += OnDismissed;

        var reader = triggers.Reader;
        try
        {
            while (true)
            {
                // Out of shutdown time: stop here, not after the whole queue; the stop keeps what is left.
                stoppingToken.ThrowIfCancellationRequested();
                lock (_gate)
                {
                    var now = time.GetUtcNow();
                    for (var n = 0; n < 512 && reader.TryRead(out var work); n++)
                    {
                        Handle(work, now);
                    }

                    ResolveDue(now, all: false);
                    ReleaseDue(now);
                    if (contexts.HasPending)
                    {
                        // Whereabouts change on the scene partitions; written with the runtime's batch, by its writer.
                        Changed();
                    }

                    if (now >= _letGoDue && !_writer.Busy && !_writer.HasFailed)
                    {
                        // Every batch taken so far is written: a state without a change waiting is safe to let go.
                        _limits.LetGoIdle(now - ShopperLimits.IdleFor);
                        _letGoDue = now + LetGoEvery;
                    }

                    if (now >= _flushDue && !_writer.Busy)
                    {
                        StartWrite();
                    }
                    else if (_writer.HasFailed && !_writer.Busy)
                    {
                        Changed();
                    }

                    _writer.TakeWritten(_outbox);
                }

                // Channels are handed the winners beside the decisions, never in their way: a display's retained
                // publish waits for the broker's LiteDB write, and a round must not wait for it to be resolved.
                if (_sending.IsCompleted)
                {
                    await _sending;
                    _sending = SendOutboxAsync(stoppingToken);
                }

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
            await _sending;
            lock (_gate)
            {
                ResolveDue(time.GetUtcNow(), all: true);
                WriteAll();
                _writer.TakeWritten(_outbox);
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
                WriteAll();
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

        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            try
            {
                foreach (var channel in _channels)
                {
                    if (channel.Serves(message) && !await channel.DeliverAsync(message, cancellationToken))
                    {
                        log.LogWarning("Campaign {Campaign}: channel {Channel} refused the message for shopper {Shopper}", message.Campaign, channel.Name, message.Shopper);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped: the messages not yet handed on wait for the last send at stop; the one cut off half-way
                // (some channels had it) is counted, not sent twice.
                lock (_gate)
                {
                    _outbox.InsertRange(0, messages.Skip(i + 1));
                }

                metrics.ShutdownDropped.Add(5, 1);

                throw;
            }
        }
    }

    /// <summary>Hands what is pending to the writer, which writes it in the background; deciding goes on meanwhile.</summary>
    private void StartWrite()
    {
        _flushDue = DateTimeOffset.MaxValue;
        _writer.Start(TakeChanges());
    }

    /// <summary>Writes everything pending now, after the write in flight.</summary>
    private void WriteAll()
    {
        _flushDue = DateTimeOffset.MaxValue;
        if (!_writer.WriteNow(TakeChanges()))
        {
            Changed();
        }

        exposures.Flush();
    }

    private CampaignWriteBatch TakeChanges()
    {
        var batch = new CampaignWriteBatch();
        _limits.TakeChanges(time.GetUtcNow(), batch);
        _deferred.TakeChanges(batch);
        _log.TakeChanges(batch);
        TakePurchaseChanges(batch);
        return batch;
    }

    private void Changed()
    {
        if (_flushDue == DateTimeOffset.MaxValue)
        {
            _flushDue = time.GetUtcNow() + options.Value.WriteDelay;
        }
    }
}
