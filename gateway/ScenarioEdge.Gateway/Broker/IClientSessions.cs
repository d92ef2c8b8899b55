using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>Ends what the broker holds for a principal whose credentials went (revoked device, erased shopper).</summary>
public interface IClientSessions
{
    /// <summary>Closes the principal's connections and deletes its sessions.</summary>
    Task DisconnectAsync(ClientPrincipal principal);

    /// <summary>Deletes the retained messages under an app principal's topics.</summary>
    Task EraseRetainedAsync(ClientPrincipal principal);
}
