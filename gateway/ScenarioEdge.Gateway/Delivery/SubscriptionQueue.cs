using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// Apps that subscribed to their push topic and wait for their undelivered pushes to be looked up and sent again.
/// An install waits at most once, with the time of its latest subscription (the lookup of the latest covers every
/// earlier one): a flood of SUBSCRIBEs from one app costs one lookup, and the queue holds at most one entry per
/// install however fast apps subscribe. Many producers (the broker's connections), one consumer.
/// </summary>
internal sealed class SubscriptionQueue
{
    private readonly ConcurrentDictionary<string, DateTime> _waiting = new(StringComparer.Ordinal);
    private readonly Channel<string> _order = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Installs waiting for their lookup.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>The install subscribed at <paramref name="at"/>: queued unless it waits already (then its time moves on).</summary>
    public void Add(string install, DateTime at)
    {
        // Queued only by the call that added it; a call finding it waiting moves its time. The consumer removes the
        // entry before its lookup, so a subscription after that removal queues the install again.
        while (true)
        {
            if (_waiting.TryAdd(install, at))
            {
                _order.Writer.TryWrite(install);
                return;
            }

            if (_waiting.TryGetValue(install, out var seen) && (seen >= at || _waiting.TryUpdate(install, at, seen)))
            {
                return;
            }
        }
    }

    /// <summary>No more subscriptions (the gateway stops): the consumer ends once the queue is empty.</summary>
    public void Complete() => _order.Writer.TryComplete();

    /// <summary>The next waiting install and its latest subscription time, in the order they first subscribed.</summary>
    public async IAsyncEnumerable<(string Install, DateTime At)> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var install in _order.Reader.ReadAllAsync(cancellationToken))
        {
            if (_waiting.TryRemove(install, out var at))
            {
                yield return (install, at);
            }
        }
    }
}
