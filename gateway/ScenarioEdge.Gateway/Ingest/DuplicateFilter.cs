using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Concurrency;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// Recognises QoS 1 redeliveries by message id, per sender, over the last <see cref="WindowPerSender"/> messages
/// of that sender. Senders publish in order over one connection, so the per-sender lock is uncontended. A sender
/// silent for longer than its session may live (<see cref="SecurityOptions.MaxSessionExpiry"/>, at least a day) can
/// redeliver nothing any more: its window goes in a sweep once an hour, so installs that were erased or abandoned do
/// not hold memory for months.
/// </summary>
public sealed class DuplicateFilter(IOptions<SecurityOptions> options, TimeProvider time)
{
    /// <summary>How many recent message ids are remembered per sender.</summary>
    public const int WindowPerSender = 4096;

    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, SenderWindow> _senders = new(StringComparer.Ordinal);
    private readonly TimeSpan _idle = options.Value.MaxSessionExpiry > TimeSpan.FromDays(1) ? options.Value.MaxSessionExpiry : TimeSpan.FromDays(1);
    private SweepGate _sweep;

    /// <summary>Senders whose recent ids are remembered.</summary>
    internal int Senders => _senders.Count;

    /// <summary>True the first time (<paramref name="sender"/>, <paramref name="messageId"/>) is seen, false for a redelivery.</summary>
    public bool FirstTime(string sender, string messageId)
    {
        var now = time.GetTimestamp();
        if (_sweep.TryEnter(now, (long)(SweepEvery.TotalSeconds * time.TimestampFrequency)))
        {
            Sweep(now);
        }

        while (true)
        {
            var window = _senders.GetOrAdd(sender, static _ => new SenderWindow());
            if (window.TryAdd(messageId, now, out var first))
            {
                return first;
            }

            // Retired by a sweep a moment ago: start a new window (the sender was silent for a session's life).
            _senders.TryRemove(KeyValuePair.Create(sender, window));
        }
    }

    // One caller wins each sweep (SweepGate); the enumerator is its one allocation, once an hour.
    private void Sweep(long now)
    {
        var silentBefore = now - (long)(_idle.TotalSeconds * time.TimestampFrequency);
        foreach (var entry in _senders)
        {
            if (entry.Value.TryRetire(silentBefore))
            {
                _senders.TryRemove(entry);
            }
        }
    }

    private sealed class SenderWindow
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Queue<string> _order = new();
        private readonly Lock _lock = new();
        private bool _retired;

        private long _lastSeen;

        /// <summary>False when retired (nothing taken); else <paramref name="first"/> says whether the id is new.</summary>
        public bool TryAdd(string id, long now, out bool first)
        {
            lock (_lock)
            {
                first = false;
                if (_retired)
                {
                    return false;
                }

                _lastSeen = now;
                first = _ids.Add(id);
                if (first)
                {
                    _order.Enqueue(id);
                    if (_order.Count > WindowPerSender)
                    {
                        _ids.Remove(_order.Dequeue());
                    }
                }

                return true;
            }
        }

        /// <summary>Retires the window when its sender was last heard before <paramref name="silentBefore"/> (a timestamp).</summary>
        public bool TryRetire(long silentBefore)
        {
            lock (_lock)
            {
                _retired |= _lastSeen < silentBefore;
                return _retired;
            }
        }
    }
}
