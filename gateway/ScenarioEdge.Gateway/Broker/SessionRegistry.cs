using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Binds every MQTT session to the principal that created it and counts what each principal holds. MQTTnet resumes
/// or takes over a session by client id alone and keeps the old session's items, so without this a login could
/// resume another principal's session and act as it. Keyed by client id; each connection is counted once at
/// admission and released once by its disconnect (its own or a takeover's), so a takeover's late disconnect cannot
/// drop the connection that replaced it. MQTTnet keeps sessions in memory only, so the registry does too.
/// </summary>
public sealed class SessionRegistry(IOptions<SecurityOptions> options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, SessionRecord> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Holdings> _principals = new(StringComparer.Ordinal);
    private int _connections;

    /// <summary>Connections admitted and not yet ended, in all.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>
    /// Admits a connection of <paramref name="principal"/> under <paramref name="clientId"/>, or says why not.
    /// <paramref name="expiry"/> is what the client asked for (zero: no persistent session; MaxValue: no end).
    /// </summary>
    public Admission Admit(string clientId, ClientPrincipal principal, TimeSpan expiry, out int held)
    {
        var limits = options.Value;
        var persistent = expiry > TimeSpan.Zero;
        lock (_lock)
        {
            _sessions.TryGetValue(clientId, out var record);
            var holdings = _principals.GetValueOrDefault(principal.UserName) ?? new Holdings();
            held = holdings.Connections;
            if (record is not null && !string.Equals(record.Owner.UserName, principal.UserName, StringComparison.Ordinal))
            {
                return Admission.ClientIdInUse;
            }

            if (record is { Deleting: true })
            {
                return Admission.SessionBeingDeleted;
            }

            // A takeover replaces the connection under the same id, so that one does not count against the limits.
            var replaced = record?.Connections ?? 0;
            if (_connections - replaced >= limits.MaxConnections || holdings.Connections - replaced >= limits.MaxConnectionsPerClient)
            {
                return Admission.ConnectionLimit;
            }

            held = holdings.PersistentSessions;
            if (persistent && record is not { Persistent: true } && holdings.PersistentSessions >= limits.MaxPersistentSessionsPerClient)
            {
                return Admission.SessionLimit;
            }

            if (record is null)
            {
                record = new SessionRecord(clientId, principal);
                _sessions[clientId] = record;
            }

            _principals[principal.UserName] = holdings;

            SetPersistent(record, holdings, persistent);
            record.Owner = principal;
            record.Expiry = Cap(expiry);
            record.Connections++;
            record.ResetOfflineQueue();
            holdings.Connections++;
            _connections++;
            return Admission.None;
        }
    }

    /// <summary>The session bound to <paramref name="clientId"/>, if any.</summary>
    public bool TryGet(string clientId, out SessionRecord record) => _sessions.TryGetValue(clientId, out record!);

    /// <summary>
    /// One connection under <paramref name="clientId"/> ended, by its own disconnect or by a takeover. A client that
    /// asks at DISCONNECT for a session it was not admitted with gets none: returns true when the broker kept a
    /// session that must be deleted.
    /// </summary>
    public bool Disconnected(string clientId, bool takenOver, uint disconnectExpirySeconds)
    {
        lock (_lock)
        {
            if (!_sessions.TryGetValue(clientId, out var record) || record.Connections == 0)
            {
                return false;
            }

            var holdings = HoldingsOf(record.Owner.UserName);
            record.Connections--;
            holdings.Connections--;
            _connections--;
            var orphan = !takenOver && disconnectExpirySeconds > 0 && !record.Persistent;
            if (!takenOver && disconnectExpirySeconds > 0 && record.Persistent)
            {
                record.Expiry = Cap(TimeSpan.FromSeconds(disconnectExpirySeconds));
            }

            if (record.Connections == 0)
            {
                record.DisconnectedAt = time.GetTimestamp();
                if (orphan)
                {
                    record.Deleting = true;
                }
                else if (!record.Persistent)
                {
                    Remove(record, holdings);
                }
            }

            return orphan;
        }
    }

    /// <summary>Counts one message queued for <paramref name="clientId"/>; false when its offline queue is full.</summary>
    public bool TryQueue(string clientId, out bool firstDrop)
    {
        firstDrop = false;
        if (!_sessions.TryGetValue(clientId, out var record) || record.Connections > 0)
        {
            return true;
        }

        var queued = record.QueueOffline();
        var cap = options.Value.MaxQueuedMessagesPerOfflineSession;
        firstDrop = queued == cap + 1;
        return queued <= cap;
    }

    /// <summary>Offline persistent sessions past their expiry, marked for deletion (<see cref="Deleted"/> when done).</summary>
    public IReadOnlyList<string> TakeExpired()
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            var expired = _sessions.Values
                .Where(r => r is { Connections: 0, Deleting: false } && time.GetElapsedTime(r.DisconnectedAt, now) >= r.Expiry)
                .ToList();
            expired.ForEach(r => r.Deleting = true);
            return expired.Select(r => r.ClientId).ToList();
        }
    }

    /// <summary>Every client id bound to <paramref name="userName"/>, marked for deletion (<see cref="Deleted"/> when done).</summary>
    public IReadOnlyList<string> TakeAll(string userName)
    {
        lock (_lock)
        {
            var mine = _sessions.Values.Where(r => string.Equals(r.Owner.UserName, userName, StringComparison.Ordinal)).ToList();
            mine.ForEach(r => r.Deleting = true);
            return mine.Select(r => r.ClientId).ToList();
        }
    }

    /// <summary>The broker deleted the session of <paramref name="clientId"/>; the id is free once no connection uses it.</summary>
    public void Deleted(string clientId)
    {
        lock (_lock)
        {
            if (_sessions.TryGetValue(clientId, out var record))
            {
                record.Deleting = false;
                if (record.Connections == 0)
                {
                    Remove(record, HoldingsOf(record.Owner.UserName));
                }
            }
        }
    }

    /// <summary>Connections and persistent sessions <paramref name="userName"/> holds now.</summary>
    public (int Connections, int PersistentSessions) Held(string userName)
    {
        lock (_lock)
        {
            return _principals.TryGetValue(userName, out var h) ? (h.Connections, h.PersistentSessions) : (0, 0);
        }
    }

    private TimeSpan Cap(TimeSpan expiry) => expiry > options.Value.MaxSessionExpiry ? options.Value.MaxSessionExpiry : expiry;

    private static void SetPersistent(SessionRecord record, Holdings holdings, bool persistent)
    {
        if (record.Persistent != persistent)
        {
            holdings.PersistentSessions += persistent ? 1 : -1;
            record.Persistent = persistent;
        }
    }

    private void Remove(SessionRecord record, Holdings holdings)
    {
        SetPersistent(record, holdings, false);
        _sessions.TryRemove(record.ClientId, out _);
        if (holdings is { Connections: 0, PersistentSessions: 0 })
        {
            _principals.Remove(record.Owner.UserName);
        }
    }

    private Holdings HoldingsOf(string userName)
    {
        if (!_principals.TryGetValue(userName, out var holdings))
        {
            holdings = new Holdings();
            _principals[userName] = holdings;
        }

        return holdings;
    }

    private sealed class Holdings
    {
        public int Connections { get; set; }

        public int PersistentSessions { get; set; }
    }
}
