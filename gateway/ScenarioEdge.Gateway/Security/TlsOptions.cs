namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// The gateway's TLS certificate (section <c>Gateway:Tls</c>). Setting <see cref="CertificatePath"/> turns the TLS
/// listeners on: MQTT over TLS on <c>Gateway:Broker:TlsPort</c>, HTTPS and MQTT over WebSocket on <c>Gateway:HttpsPort</c>.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>
    /// PEM certificate (chain allowed, leaf first) or a PKCS#12 file (<c>.pfx</c>/<c>.p12</c>); relative paths are from
    /// the working directory. Empty: no TLS listeners.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>PEM private key; empty when the key is in the certificate file itself or the certificate is a PFX.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Password of the PFX file or of an encrypted PEM key; better given by environment than in a file.</summary>
    public string? Password { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>Whether <see cref="CertificatePath"/> names a PKCS#12 file rather than PEM.</summary>
    public bool IsPkcs12 =>
        CertificatePath is { } path
        && (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase));
}
