using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>What a stop leaves to the next start: triggers accepted but not decided.</summary>
public sealed partial class CampaignRuntime
{
    /// <summary>Export: the shopper's triggers kept at a stop, not yet decided.</summary>
    internal List<TriggerFact> UndecidedOf(string shopper)
    {
        lock (_gate)
        {
            return _undecided.Of(shopper);
        }
    }

    /// <summary>Start: the triggers kept at the last stop are decided first, with the consents their shoppers hold now.</summary>
    private void DecideKept()
    {
        foreach (var (id, facts) in _undecided.Kept())
        {
            var now = time.GetUtcNow();
            foreach (var fact in facts)
            {
                Handle(new TriggerWork(triggers.WithCurrentConsents(fact), 0), now);
            }

            WriteAll();
            _undecided.Done(id);
            log.LogInformation("Decided {Count} campaign triggers kept at the last stop", facts.Count);
        }
    }

    private void KeepUndecided(List<TriggerFact> left)
    {
        if (left.Count == 0)
        {
            return;
        }

        try
        {
            _undecided.Keep(left, time.GetUtcNow());
            SettleKept(left);

            log.LogWarning("Stopped with {Count} campaign triggers not yet decided: kept to be decided at the next start", left.Count);
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            metrics.ShutdownDropped.Add(4, left.Count);
            log.LogError(ex, "Stopped with {Count} campaign triggers not yet decided and could not keep them: {Message}", left.Count, ex.Message);
        }
    }

    /// <summary>The send the worker left running, finished or given up on (it puts back what it did not hand on).</summary>
    private async Task StoppedSendingAsync()
    {
        try
        {
            await _sending.WaitAsync(StopSendBudget, time);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
        }
    }
}
