using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

public sealed class CertificateExpiryCheckTests : IDisposable
{
    // Long enough that "40 days before expiry" lies inside its validity.
    private readonly TestCertificates _certificates = TestCertificates.Create(TimeSpan.FromDays(90));

    [Theory]
    [InlineData(40, null)]
    [InlineData(10, LogLevel.Warning)]
    [InlineData(-1, LogLevel.Error)]
    public async Task StartAsync_DaysBeforeExpiry_LogsByUrgency(int daysBeforeExpiry, LogLevel? expected)
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(_certificates.CertificatePath);
        var now = new DateTimeOffset(certificate.NotAfter.ToUniversalTime()).AddDays(-daysBeforeExpiry);
        var logs = new LogCollector();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var check = new CertificateExpiryCheck(
            new ServerCertificate(certificate, _certificates.CertificatePath), new FakeTimeProvider(now), factory.CreateLogger<CertificateExpiryCheck>());

        await check.StartAsync(CancellationToken.None);

        var logged = logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        if (expected is null)
        {
            Assert.Empty(logged);
        }
        else
        {
            var entry = Assert.Single(logged);
            Assert.Equal(expected, entry.Level);
            Assert.Contains(_certificates.CertificatePath, entry.Message, StringComparison.Ordinal);
            Assert.Contains("Gateway:Tls:CertificatePath", entry.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _certificates.Dispose();
}
