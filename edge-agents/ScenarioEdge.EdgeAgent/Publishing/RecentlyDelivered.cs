using ScenarioEdge.EdgeAgent.Outbox;

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// The messages the broker acknowledged in the last <see cref="Window"/>, kept in memory (at most
/// <see cref="MaxMessages"/>). A broker that restarts without persistence loses what it had acknowledged but not yet
/// delivered to the gateway; when the agent finds its own session gone on reconnect, it sends these again, and the
/// gateway recognises by id the ones it already had.
/// </summary>
internal sealed class RecentlyDelivered(TimeProvider time)
{
    public const int MaxMessages = 2_000;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private readonly Queue<(PendingMessage Message, long At)> delivered = new();

    public void Add(PendingMessage message)
    {
        var now = time.GetTimestamp();
        delivered.Enqueue((message, now));
        while (delivered.Count > MaxMessages || (delivered.Count > 0 && time.GetElapsedTime(delivered.Peek().At, now) > Window))
        {
            delivered.Dequeue();
        }
    }

    /// <summary>Everything held, oldest first, and forgets it.</summary>
    public IReadOnlyList<PendingMessage> TakeAll()
    {
        var all = delivered.Select(d => d.Message).ToList();
        delivered.Clear();
        return all;
    }

    public void Clear() => delivered.Clear();
}
