using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Client mode: the external broker owns the sessions. The gateway cannot close them; it says so, so that the operator
/// removes the login from the broker's password file as well. Retained messages it clears the MQTT way, with an empty
/// retained message on each of the app's topics (the broker's ACL must let the gateway publish there).
/// </summary>
public sealed class ExternalClientSessions(IMessageBus bus, ILogger<ExternalClientSessions> log) : IClientSessions
{
    public Task DisconnectAsync(ClientPrincipal principal)
    {
        log.LogWarning(
            "{UserName} lost its credentials; the external broker still holds its sessions: remove the login from the broker's password and ACL files",
            principal.UserName);
        return Task.CompletedTask;
    }

    public async Task EraseRetainedAsync(ClientPrincipal principal)
    {
        string[] topics =
        [
            Topics.AppPush(principal.Id),
            .. Enum.GetValues<AppUplinkKind>().Select(kind => Topics.AppUplink(principal.Id, kind)),
        ];
        foreach (var topic in topics)
        {
            try
            {
                await bus.PublishAsync(topic, [], retain: true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is InvalidOperationException or MQTTnet.Exceptions.MqttCommunicationException)
            {
                log.LogWarning("Could not clear retained messages on {Topic} of the external broker ({Message}); clear them there", topic, ex.Message);
            }
        }
    }
}
