using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Logs refusals (bad messages, failed logins, refused subscriptions, dropped queue entries) as summaries instead of
/// one line each: the first refusal of a (client, reason) pair is written at once with its detail, and every
/// <see cref="Period"/> one line names the pairs seen, with counts and the first detail as an example. A flood of
/// 20,000 refusals a second thus costs a handful of lines; metrics still count each one (that is the caller's job).
/// Memory stays bounded under a flood of distinct client ids: beyond <see cref="MaxTracked"/> pairs, further
/// clients are counted together per reason. Whatever is pending is written at shutdown.
/// </summary>
public sealed class RefusalLog(TimeProvider time, ILogger<RefusalLog> log) : BackgroundService
{
    /// <summary>How often the summary line is written.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    /// <summary>Distinct (client, reason) pairs tracked at once; the rest are counted per reason.</summary>
    public const int MaxTracked = 1_000;

    /// <summary>First-occurrence lines written per period at most; later new pairs wait for the summary.</summary>
    public const int MaxPromptLines = 20;

    /// <summary>The client name under which refusals beyond <see cref="MaxTracked"/> pairs are counted.</summary>
    public const string OtherClients = "(other clients)";

    private const int SummaryPairs = 10;
    private readonly ConcurrentDictionary<RefusalKey, RefusalTally> _tallies = new();
    private int _tracked;
    private int _promptLines;
    private long _periodStart = time.GetTimestamp();
    private PeriodicTimer? _timer;

    /// <summary>(client, reason) pairs held now; at most <see cref="MaxTracked"/> plus one per reason.</summary>
    public int TrackedPairs => Volatile.Read(ref _tracked);

    /// <summary>
    /// Records one refusal of <paramref name="client"/> for <paramref name="reason"/> (a stable snake_case label).
    /// <paramref name="what"/> names what was refused ("message", "MQTT login"); <paramref name="subject"/> and
    /// <paramref name="detail"/> (the topic or filter, and the error) are kept only as the example, so callers pass
    /// strings they already hold and a repeat allocates nothing.
    /// </summary>
    public void Refused(string client, string reason, string what, string subject, string detail)
    {
        var key = new RefusalKey(client, reason);
        while (true)
        {
            if (!_tallies.TryGetValue(key, out var tally))
            {
                if (Volatile.Read(ref _tracked) >= MaxTracked && key.Client != OtherClients)
                {
                    key = new RefusalKey(OtherClients, reason);
                    continue;
                }

                tally = new RefusalTally(what, subject, detail);
                if (!_tallies.TryAdd(key, tally))
                {
                    continue;
                }

                Interlocked.Increment(ref _tracked);
                if (Interlocked.Increment(ref _promptLines) <= MaxPromptLines)
                {
                    log.LogWarning(
                        "Refused {What:l} from client {ClientId:l}: {Reason:l}: {Subject:l}: {Detail:l} (repeats are summarised every {PeriodSeconds} s)",
                        what, client, reason, subject, detail, Period.TotalSeconds);
                }

                return;
            }

            if (tally.TryAdd())
            {
                return;
            }

            // Retired by a flush meanwhile: take it out (if the flush has not yet) and count in a fresh one.
            _tallies.TryRemove(new KeyValuePair<RefusalKey, RefusalTally>(key, tally));
        }
    }

    /// <summary>Writes the summary of the refusals counted since the last flush, if any.</summary>
    public void Flush()
    {
        var elapsed = time.GetElapsedTime(Interlocked.Exchange(ref _periodStart, time.GetTimestamp()));
        Interlocked.Exchange(ref _promptLines, 0);
        var seen = new List<(RefusalKey Key, RefusalTally Tally, long Count)>();
        foreach (var (key, tally) in _tallies)
        {
            var count = tally.TakeCount();
            if (count > 0)
            {
                seen.Add((key, tally, count));
            }
            else if (tally.TryRetire() && _tallies.TryRemove(new KeyValuePair<RefusalKey, RefusalTally>(key, tally)))
            {
                Interlocked.Decrement(ref _tracked);
            }
        }

        if (seen.Count == 0)
        {
            return;
        }

        seen.Sort((a, b) => b.Count.CompareTo(a.Count));
        var total = seen.Sum(s => s.Count);
        var text = new StringBuilder();
        foreach (var (key, tally, count) in seen.Take(SummaryPairs))
        {
            text.Append(text.Length == 0 ? "" : "; ")
                .Append(CultureInfo.InvariantCulture, $"{key.Client} {key.Reason} {count:N0} ({tally.What} {tally.Subject}: {tally.Detail})");
        }

        if (seen.Count > SummaryPairs)
        {
            text.Append(CultureInfo.InvariantCulture, $"; and {seen.Count - SummaryPairs:N0} more client/reason pairs with {seen.Skip(SummaryPairs).Sum(s => s.Count):N0}");
        }

        log.LogWarning("Refused {Count:l} in the last {Seconds:0} s: {Summary:l}", total.ToString("N0", CultureInfo.InvariantCulture), elapsed.TotalSeconds, text.ToString());
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here, not in ExecuteAsync (which runs later on the thread pool), so that no period is missed.
        _timer = new PeriodicTimer(Period, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("RefusalLog runs as a hosted service; StartAsync makes its timer");
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Flush();
    }
}
