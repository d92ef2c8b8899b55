using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway;

/// <summary>
/// Start-up checks of the listener settings: the certificate loads, the plain listeners are not switched off without a
/// TLS one in their place, and no two listeners share a port. It reads the host's settings across folders (HTTP, Broker,
/// Security's TLS), so it lives with the host rather than in one of them.
/// </summary>
internal static class ListenerValidation
{
    public static void Collect(GatewayOptions options, IConfiguration configuration, List<string> errors)
    {
        var tls = options.Tls;
        if (tls.Enabled)
        {
            if (TlsCertificate.TryLoad(tls, out var certificate, out var error))
            {
                certificate.Dispose();
            }
            else
            {
                errors.Add(error);
            }
        }
        else if (!string.IsNullOrWhiteSpace(tls.KeyPath) || !string.IsNullOrEmpty(tls.Password))
        {
            errors.Add("Gateway:Tls:KeyPath or Gateway:Tls:Password is set but Gateway:Tls:CertificatePath is not; set the certificate too, or remove them to run without TLS");
        }

        if (!options.HttpPlainEnabled && !options.HttpsEnabled)
        {
            errors.Add("Gateway:HttpPlainEnabled is false but no HTTPS listener replaces it; set Gateway:Tls:CertificatePath and Gateway:HttpsPort, or keep the plain listener");
        }

        if (options.Broker.Mode == BrokerMode.Embedded && !options.Broker.PlainEnabled)
        {
            if (!options.MqttTlsEnabled)
            {
                errors.Add("Gateway:Broker:PlainEnabled is false but no MQTT TLS listener replaces it; set Gateway:Tls:CertificatePath and Gateway:Broker:TlsPort, or keep the plain listener");
            }

            // The demo plays its simulated scanners through loopback MQTT without TLS.
            if (configuration.GetValue<bool>("Demo:Enabled"))
            {
                errors.Add("Gateway:Broker:PlainEnabled is false, but the demo plays its devices over the plain MQTT listener; keep it on for the demo");
            }
        }

        CollectPortClashes(options, errors);
    }

    private static void CollectPortClashes(GatewayOptions options, List<string> errors)
    {
        var listeners = new List<(string Key, int Port)>();
        if (options.HttpPlainEnabled)
        {
            listeners.Add(("Gateway:HttpPort", options.HttpPort));
        }

        if (options.HttpsEnabled)
        {
            listeners.Add(("Gateway:HttpsPort", options.HttpsPort));
        }

        if (options.MqttPlainEnabled)
        {
            listeners.Add(("Gateway:Broker:Port", options.Broker.Port));
        }

        if (options.MqttTlsEnabled)
        {
            listeners.Add(("Gateway:Broker:TlsPort", options.Broker.TlsPort));
        }

        // Port 0 asks the system for a free port, so zeros never clash.
        foreach (var clash in listeners.Where(l => l.Port != 0).GroupBy(l => l.Port).Where(g => g.Count() > 1))
        {
            errors.Add($"{string.Join(" and ", clash.Select(l => l.Key))} are all {clash.Key}; give each listener its own port");
        }
    }
}
