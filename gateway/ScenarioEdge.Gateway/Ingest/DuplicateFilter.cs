using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// Recognises QoS 1 redeliveries by message id, per sender, over the last <see cref="WindowPerSender"/> messages
/// of that sender. Senders publish in order over one connection, so the per-sender lock is uncontended.
/// </summary>
public sealed class DuplicateFilter
{
    /// <summary>How many recent message ids are remembered per sender.</summary>
    public const int WindowPerSender = 4096;

    private readonly ConcurrentDictionary<string, SenderWindow> _senders = new(StringComparer.Ordinal);

    /// <summary>True the first time (<paramref name="sender"/>, <paramref name="messageId"/>) is seen, false for a redelivery.</summary>
    public bool FirstTime(string sender, string messageId) =>
        _senders.GetOrAdd(sender, static _ => new SenderWindow()).Add(messageId);

    private sealed class SenderWindow
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Queue<string> _order = new();
        private readonly Lock _lock = new();

        public bool Add(string id)
        {
            lock (_lock)
            {
                if (!_ids.Add(id))
                {
                    return false;
                }

                _order.Enqueue(id);
                if (_order.Count > WindowPerSender)
                {
                    _ids.Remove(_order.Dequeue());
                }

                return true;
            }
        }
    }
}
