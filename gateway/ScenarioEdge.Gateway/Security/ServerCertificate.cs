using System.Security.Cryptography.X509Certificates;

namespace ScenarioEdge.Gateway.Security;

/// <summary>The certificate the TLS listeners serve, loaded once at start, with the file it came from.</summary>
public sealed record ServerCertificate(X509Certificate2 Certificate, string Path);
