namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Says at start when the served certificate is expired, not yet valid or expires soon. The gateway still starts: its
/// plain listeners and ingest keep a store running, while TLS clients will refuse the certificate until it is renewed.
/// </summary>
public sealed class CertificateExpiryCheck(ServerCertificate served, TimeProvider time, ILogger<CertificateExpiryCheck> log) : IHostedService
{
    /// <summary>Long enough for a manual renewal to be planned; ACME clients renew at 30 days too.</summary>
    public static readonly TimeSpan WarnBefore = TimeSpan.FromDays(30);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var certificate = served.Certificate;
        var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
        if (now >= notAfter || now < notBefore)
        {
            log.LogError(
                "The TLS certificate {Subject} from {Path} is valid only from {NotBefore:u} to {NotAfter:u}; TLS clients will refuse it. Renew it (Gateway:Tls:CertificatePath) and restart",
                certificate.Subject, served.Path, notBefore, notAfter);
        }
        else if (notAfter - now < WarnBefore)
        {
            log.LogWarning(
                "The TLS certificate {Subject} from {Path} expires on {NotAfter:u}, in {Days:0} days; renew it (Gateway:Tls:CertificatePath) and restart",
                certificate.Subject, served.Path, notAfter, (notAfter - now).TotalDays);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
