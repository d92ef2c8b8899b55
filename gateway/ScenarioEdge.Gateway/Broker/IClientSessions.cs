using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>Closes the MQTT sessions of a principal whose credentials went (revoked device, erased shopper).</summary>
public interface IClientSessions
{
    Task DisconnectAsync(ClientPrincipal principal);
}
