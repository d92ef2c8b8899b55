using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// A throw-away test CA and a server certificate it signed for 127.0.0.1 and localhost, written as PEM (and PFX) files
/// into a fresh temporary folder, the way an operator would hand them to the gateway.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    public const string PfxPassword = "test-pfx-password";

    private TestCertificates(string directory, X509Certificate2 ca)
    {
        Directory = directory;
        Ca = ca;
    }

    public string Directory { get; }

    /// <summary>The CA certificate (public part only), which clients trust.</summary>
    public X509Certificate2 Ca { get; }

    public string CaPath => Path.Combine(Directory, "ca.pem");

    public string CertificatePath => Path.Combine(Directory, "server.pem");

    public string KeyPath => Path.Combine(Directory, "server.key");

    public string PfxPath => Path.Combine(Directory, "server.pfx");

    public static TestCertificates Create(TimeSpan? validity = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("se-tls-").FullName;
        var now = TimeProvider.System.GetUtcNow();
        // Back-dated a little so that a clock a few seconds off between test and TLS stacks does not matter.
        var notBefore = now.AddMinutes(-5);
        var notAfter = now + (validity ?? TimeSpan.FromDays(1));

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ScenarioEdge Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var server = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        using var serverWithKey = server.CopyWithPrivateKey(key);

        var certificates = new TestCertificates(directory, X509CertificateLoader.LoadCertificate(ca.RawData));
        File.WriteAllText(certificates.CaPath, ca.ExportCertificatePem());
        File.WriteAllText(certificates.CertificatePath, server.ExportCertificatePem());
        File.WriteAllText(certificates.KeyPath, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllBytes(certificates.PfxPath, serverWithKey.Export(X509ContentType.Pfx, PfxPassword));
        return certificates;
    }

    public void Dispose()
    {
        Ca.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
