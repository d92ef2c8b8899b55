using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Checks MQTT logins. User names: <c>{store}/{device}</c> with the device secret, <c>app:{install}</c> with the
/// install token, <c>observer:{name}</c> with the observer secret. No anonymous logins.
/// </summary>
public sealed class MqttAuthenticator(IdentityDirectory directory, InstallTokens tokens, GatewayDatabase database)
{
    public ClientPrincipal? Authenticate(string? userName, string password, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(userName))
        {
            problem = "no user name: devices log in as {store}/{device}, apps as app:{install}, observers as observer:{name}";
            return null;
        }

        if (userName.StartsWith("app:", StringComparison.Ordinal))
        {
            var install = tokens.Validate(password, out problem);
            if (install is null)
            {
                return null;
            }

            if (!string.Equals(install, userName[4..], StringComparison.Ordinal) || !directory.Current.TryGetInstall(install, out _))
            {
                problem = $"install token is not for a registered install '{userName[4..]}'";
                return null;
            }

            return ClientPrincipal.App(install);
        }

        if (userName.StartsWith("observer:", StringComparison.Ordinal))
        {
            var observer = database.Observers.FindById(userName[9..]);
            if (observer is null || !Secrets.Verify(password, observer.Hash))
            {
                problem = "unknown observer or wrong password";
                return null;
            }

            return ClientPrincipal.Observer(observer.Id);
        }

        var slash = userName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !directory.Current.TryGetDevice(userName.AsSpan(0, slash), userName.AsSpan(slash + 1), out var device))
        {
            problem = $"'{userName}' is not a provisioned device ({{store}}/{{device}})";
            return null;
        }

        if (device.Revoked)
        {
            problem = $"device {userName} was revoked";
            return null;
        }

        if (!Secrets.Verify(password, device.SecretHash))
        {
            problem = $"wrong secret for device {userName}";
            return null;
        }

        return ClientPrincipal.Device(device.Store, device.Device, device.Displays.ToHashSet(StringComparer.Ordinal)) with { IsPos = device.IsPos };
    }
}
