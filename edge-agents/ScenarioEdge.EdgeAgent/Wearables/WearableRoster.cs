using System.Collections.Frozen;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>
/// The registered wearables and when this scanner last heard each advertise. The scanner thread reports every
/// advert (one frozen-map lookup, no allocation); a connection loop waits here until its wearable is near. Adverts of
/// addresses not registered are never looked at again.
/// </summary>
internal sealed class WearableRoster
{
    private readonly FrozenDictionary<ulong, Entry> byAddress;

    public WearableRoster(IEnumerable<WearableDevice> devices)
    {
        Devices = [.. devices];
        byAddress = Devices.ToFrozenDictionary(d => d.Address.Value, d => new Entry());
    }

    public IReadOnlyList<WearableDevice> Devices { get; }

    /// <summary>Called by the scanner thread for every advert.</summary>
    public void Observe(ulong address, byte addressType, long utcTicks)
    {
        if (byAddress.Count == 0 || !byAddress.TryGetValue(address, out var entry))
        {
            return;
        }

        Volatile.Write(ref entry.AddressType, addressType);
        Volatile.Write(ref entry.LastHeardTicks, utcTicks);
        if (Volatile.Read(ref entry.Waiter) is not null)
        {
            Interlocked.Exchange(ref entry.Waiter, null)?.TrySetResult();
        }
    }

    /// <summary>Whether the address was last advertised as random (HCI types 1 and 3); null when never heard.</summary>
    public bool? HeardAsRandom(WearableDevice device) =>
        byAddress.TryGetValue(device.Address.Value, out var entry) && Volatile.Read(ref entry.LastHeardTicks) != 0
            ? Volatile.Read(ref entry.AddressType) is 1 or 3
            : null;

    /// <summary>Completes once the wearable has been heard within <paramref name="within"/> of now.</summary>
    public async Task WaitHeardAsync(WearableDevice device, TimeSpan within, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var entry = byAddress[device.Address.Value];
        while (true)
        {
            // Every waiter of this wearable shares one signal; the next advert completes and clears it.
            var fresh = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var waiter = Interlocked.CompareExchange(ref entry.Waiter, fresh, null) ?? fresh;
            var heard = Volatile.Read(ref entry.LastHeardTicks);
            if (heard != 0 && timeProvider.GetUtcNow().UtcTicks - heard <= within.Ticks)
            {
                return;
            }

            await waiter.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class Entry
    {
        public long LastHeardTicks;
        public byte AddressType;
        public TaskCompletionSource? Waiter;
    }
}
