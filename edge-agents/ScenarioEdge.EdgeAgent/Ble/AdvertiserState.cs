using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>What the agent remembers of one advertiser between publishes.</summary>
internal sealed class AdvertiserState(string id, AdvertiserKind kind, int window, int? calibratedReference)
{
    public string Id { get; } = id;

    public AdvertiserKind Kind { get; } = kind;

    public RssiWindow Window { get; private set; } = new(window);

    /// <summary>Configured RSSI at 1 m for this advertiser; wins over what its frames advertise.</summary>
    public int? CalibratedReference { get; } = calibratedReference;

    public int? AdvertisedReference { get; set; }

    public sbyte LastRssi { get; private set; }

    public long LastSeenTicks { get; private set; }

    /// <summary>Adverts since the last publish.</summary>
    public int Count { get; set; }

    public void Add(sbyte rssi, long nowTicks, int windowSize)
    {
        if (Window.Capacity != windowSize)
        {
            Window = new RssiWindow(windowSize);
        }

        Window.Add(rssi);
        LastRssi = rssi;
        LastSeenTicks = nowTicks;
        Count++;
    }
}
