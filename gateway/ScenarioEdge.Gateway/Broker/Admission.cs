namespace ScenarioEdge.Gateway.Broker;

/// <summary>Why <see cref="SessionRegistry.Admit"/> refused a connection; <see cref="None"/> when it admitted it.</summary>
public enum Admission
{
    None,
    /// <summary>The client id belongs to a session of another principal.</summary>
    ClientIdInUse,
    /// <summary>The client id's session is being deleted (expiry, revocation, erasure).</summary>
    SessionBeingDeleted,
    /// <summary>The principal or the broker holds the most connections allowed.</summary>
    ConnectionLimit,
    /// <summary>The principal holds the most persistent sessions allowed.</summary>
    SessionLimit,
}
