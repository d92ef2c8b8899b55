using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Loads the gateway's certificate from <see cref="TlsOptions"/>. Every failure becomes one sentence naming the
/// setting, the full path and what to do, because a TLS misconfiguration otherwise surfaces only as clients failing
/// their handshakes.
/// </summary>
public static class TlsCertificate
{
    private const string CertificateKey = "Gateway:Tls:CertificatePath";
    private const string KeyKey = "Gateway:Tls:KeyPath";
    private const string PasswordKey = "Gateway:Tls:Password";

    public static X509Certificate2 Load(TlsOptions options) =>
        TryLoad(options, out var certificate, out var error) ? certificate : throw new InvalidOperationException(error);

    public static bool TryLoad(TlsOptions options, [NotNullWhen(true)] out X509Certificate2? certificate, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        certificate = null;
        if (!options.Enabled)
        {
            error = $"{CertificateKey} is not set";
            return false;
        }

        var certPath = Path.GetFullPath(options.CertificatePath!);
        var keyPath = string.IsNullOrWhiteSpace(options.KeyPath) ? null : Path.GetFullPath(options.KeyPath);
        error = Unreadable(CertificateKey, certPath) ?? (keyPath is null ? null : Unreadable(KeyKey, keyPath));
        if (error is not null)
        {
            return false;
        }

        if (options.IsPkcs12 && keyPath is not null)
        {
            error = $"{KeyKey} is set, but {CertificateKey} '{certPath}' is a PFX file that holds its own key; remove {KeyKey}";
            return false;
        }

        try
        {
            certificate = options.IsPkcs12
                ? X509CertificateLoader.LoadPkcs12FromFile(certPath, options.Password)
                : string.IsNullOrEmpty(options.Password)
                    ? X509Certificate2.CreateFromPemFile(certPath, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(certPath, options.Password, keyPath);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            // A key that does not belong to the certificate surfaces as an ArgumentException, everything else as CryptographicException.
            error = Describe(options, certPath, keyPath, ex);
            return false;
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            certificate = null;
            error = $"{CertificateKey}: '{certPath}' has no private key; set {KeyKey} to the PEM key file of this certificate";
            return false;
        }

        return true;
    }

    private static string? Unreadable(string key, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"{key}: file '{path}' does not exist; give the path of the file, or remove {CertificateKey} to run without TLS";
        }
        catch (UnauthorizedAccessException)
        {
            return $"{key}: '{path}' cannot be read by the gateway's user; grant it read access (e.g. chgrp the file to the service's group and chmod 640)";
        }
        catch (IOException ex)
        {
            return $"{key}: '{path}' cannot be read ({ex.Message})";
        }
    }

    private static string Describe(TlsOptions options, string certPath, string? keyPath, Exception ex)
    {
        if (options.IsPkcs12)
        {
            return $"{CertificateKey}: '{certPath}' could not be opened as a PFX file ({ex.Message}); check the file and {PasswordKey}";
        }

        // CreateFromPemFile does not say which of the two files it choked on; the certificate label tells them apart.
        if (!File.ReadAllText(certPath).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            return $"{CertificateKey}: '{certPath}' holds no PEM certificate (-----BEGIN CERTIFICATE-----); give a PEM certificate or a .pfx/.p12 file";
        }

        var where = keyPath is null ? $"'{certPath}' (no {KeyKey} is set)" : $"{KeyKey} '{keyPath}'";
        return $"{KeyKey}: no usable private key for '{certPath}' in {where} ({ex.Message}); give the matching PEM key, and {PasswordKey} if it is encrypted";
    }
}
