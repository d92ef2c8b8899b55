using Microsoft.Extensions.Options;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Decides on every MQTT CONNECT of the embedded broker: the address is not throttled for failed logins, the login
/// checks out (<see cref="MqttAuthenticator"/>), the client id is not another principal's (<see cref="SessionRegistry"/>),
/// and the principal stays within its connection and session limits. A refusal answers with the code the client's
/// protocol version has for it and a reason string naming the problem.
/// </summary>
public sealed class ConnectionAdmission(
    MqttAuthenticator authenticator,
    SessionRegistry sessions,
    LoginThrottle throttle,
    GatewayMetrics metrics,
    IOptions<SecurityOptions> security,
    RefusalLog refusals)
{
    /// <summary>The principal when the connection may proceed; otherwise null, with the refusal set on <paramref name="e"/>.</summary>
    public ClientPrincipal? Admit(ValidatingConnectionEventArgs e)
    {
        // MQTT 5 lets a client leave its id to the server (mosquitto_sub -V mqttv5 does). MQTTnet needs it assigned before
        // any refusal, or it answers every refusal, a wrong password too, as an invalid client id. ConnectGate assigns
        // one to MQTT 3.1.1 clients.
        if (string.IsNullOrEmpty(e.ClientId) && e.ProtocolVersion == MqttProtocolVersion.V500)
        {
            e.AssignedClientIdentifier = ConnectGate.NewClientId();
        }

        var clientId = string.IsNullOrEmpty(e.ClientId) ? e.AssignedClientIdentifier : e.ClientId;
        if (throttle.IsBlocked(e.RemoteEndPoint, out var retryAfter))
        {
            e.ReasonCode = ConnectTerms.For(e.ProtocolVersion, MqttConnectReasonCode.ConnectionRateExceeded);
            e.ReasonString = $"too many failed logins from this address; try again in {Math.Ceiling(retryAfter.TotalSeconds)} s";
            metrics.CountConnectRefused(ConnectRefusal.LoginThrottled);
            return null;
        }

        var principal = authenticator.Authenticate(e.UserName, e.Password, out var problem);
        if (principal is null)
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            e.ReasonString = problem;
            metrics.CountAuthFailed();
            var who = string.IsNullOrEmpty(clientId) ? "(no client id)" : clientId;
            refusals.Refused(who, "login_failed", "MQTT login", $"{e.UserName} from {e.RemoteEndPoint}", problem ?? "");
            if (throttle.Failed(e.RemoteEndPoint))
            {
                refusals.Refused(who, "login_throttled", "MQTT logins", $"{e.RemoteEndPoint}", "failed too often; refused for the rest of the minute");
            }

            return null;
        }

        if (string.IsNullOrEmpty(clientId))
        {
            // MQTT 3.1.1 over WebSocket, which ConnectGate does not see: MQTTnet assigns ids to MQTT 5 clients only.
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            e.ReasonString = "send a client id: over MQTT over WebSocket the gateway assigns one to MQTT 5 clients only";
            metrics.CountConnectRefused(ConnectRefusal.NoClientId);
            return null;
        }

        var admission = sessions.Admit(clientId, principal, ConnectTerms.RequestedExpiry(e), out var held);
        if (admission != Admission.None)
        {
            Refuse(e, clientId, principal, admission, held);
            return null;
        }

        return principal;
    }

    private void Refuse(ValidatingConnectionEventArgs e, string clientId, ClientPrincipal principal, Admission admission, int held)
    {
        var limits = security.Value;
        (var code, e.ReasonString) = admission switch
        {
            Admission.ClientIdInUse => (MqttConnectReasonCode.ClientIdentifierNotValid,
                $"client id '{clientId}' belongs to a session of another login; each device and app needs a client id of its own (devices: {{store}}.{{device}})"),
            Admission.SessionBeingDeleted => (MqttConnectReasonCode.ServerBusy, $"the session of client id '{clientId}' is being deleted; connect again"),
            Admission.SessionLimit => (MqttConnectReasonCode.QuotaExceeded,
                $"{principal.UserName} already holds {held} persistent sessions (limit {limits.MaxPersistentSessionsPerClient}); reuse a client id or connect with a clean session"),
            _ => (MqttConnectReasonCode.QuotaExceeded, $"{principal.UserName} already holds {held} connections (limit {limits.MaxConnectionsPerClient}); close one first"),
        };
        e.ReasonCode = ConnectTerms.For(e.ProtocolVersion, code);
        if (admission == Admission.ConnectionLimit)
        {
            metrics.CountConnectionRefused();
        }
        else
        {
            metrics.CountConnectRefused(admission switch
            {
                Admission.ClientIdInUse => ConnectRefusal.ClientIdInUse,
                Admission.SessionLimit => ConnectRefusal.SessionLimit,
                _ => ConnectRefusal.SessionBeingDeleted,
            });
        }

        refusals.Refused(clientId, admission == Admission.ConnectionLimit ? "connection_limit" : "session_refused", "MQTT connection", principal.UserName, e.ReasonString);
    }
}
