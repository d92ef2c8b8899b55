using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>One MQTT client id as the embedded broker's admission sees it: who owns its session and how it is used.</summary>
public sealed class SessionRecord(string clientId, ClientPrincipal owner)
{
    private int _connections;
    private int _queuedOffline;

    public string ClientId { get; } = clientId;

    /// <summary>The principal that created the session; its latest login, so that changed rights (displays) apply.</summary>
    public ClientPrincipal Owner { get; set; } = owner;

    /// <summary>Connections admitted under this id and not yet ended (a takeover briefly makes two).</summary>
    public int Connections
    {
        get => Volatile.Read(ref _connections);
        set => Volatile.Write(ref _connections, value);
    }

    /// <summary>Whether the broker keeps the session after the connection ends.</summary>
    public bool Persistent { get; set; }

    /// <summary>How long the session is kept offline: what the client asked for, capped.</summary>
    public TimeSpan Expiry { get; set; }

    /// <summary>When the last connection ended (TimeProvider timestamp).</summary>
    public long DisconnectedAt { get; set; }

    /// <summary>Set while the gateway deletes the session; the id is refused until it is gone.</summary>
    public bool Deleting { get; set; }

    /// <summary>Counts one message queued while offline; returns the count so far.</summary>
    public int QueueOffline() => Interlocked.Increment(ref _queuedOffline);

    public void ResetOfflineQueue() => Interlocked.Exchange(ref _queuedOffline, 0);
}
