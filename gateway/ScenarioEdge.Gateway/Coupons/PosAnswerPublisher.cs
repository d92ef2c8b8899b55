using ScenarioEdge.Gateway.Messaging;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Publishes the queued answers to the tills' redemptions on their answers topics (QoS 1, not retained). An answer
/// still queued at a stop is not lost to the till: it is stored in the ledger under the request's key, and the till's
/// retry gets it again.
/// </summary>
public sealed class PosAnswerPublisher(PosAnswerQueue queue, IMessageBus bus, ILogger<PosAnswerPublisher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (topic, payload) in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await bus.PublishAsync(topic, payload, retain: false, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning(ex, "Could not publish a redemption answer on {Topic}; the till's retry gets it from the ledger", topic);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
