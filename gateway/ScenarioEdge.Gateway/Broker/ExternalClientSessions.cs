using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Client mode: the external broker owns the sessions. The gateway cannot close them; it says so, so that the operator
/// removes the login from the broker's password file as well.
/// </summary>
public sealed class ExternalClientSessions(ILogger<ExternalClientSessions> log) : IClientSessions
{
    public Task DisconnectAsync(ClientPrincipal principal)
    {
        log.LogWarning(
            "{UserName} lost its credentials; the external broker still holds its sessions: remove the login from the broker's password and ACL files",
            principal.UserName);
        return Task.CompletedTask;
    }
}
