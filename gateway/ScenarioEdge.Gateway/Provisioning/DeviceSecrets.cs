using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>
/// Writes a provisioned device that logs in itself, keeping what provisioning does not own: its secret (unless
/// rotation was asked for), a revocation, the displays it hosts, its remote config. Only a new or rotated secret is returned.
/// </summary>
public static class DeviceSecrets
{
    public static void Provision(GatewayDatabase database, DeviceRecord record, bool rotate, ProvisionedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(credentials);
        var existing = database.Devices.FindById(record.Id);
        record.Displays = existing?.Displays ?? record.Displays;
        record.Config = existing?.Config;
        if (existing is { Revoked: true } && !rotate)
        {
            // Revocation is deliberate; running the scenario again must not quietly let the device back in.
            record.Revoked = true;
            record.SecretHash = null;
            credentials.Revoked.Add(record.Device);
        }
        else if (existing?.SecretHash is { } hash && !rotate)
        {
            record.SecretHash = hash;
            credentials.Unchanged.Add(record.Device);
        }
        else
        {
            var secret = Secrets.New();
            record.SecretHash = Secrets.Hash(secret);
            credentials.Devices.Add(new DeviceCredentials(record.Device, $"{record.Store}/{record.Device}", secret));
        }

        database.Devices.Upsert(record);
    }
}
