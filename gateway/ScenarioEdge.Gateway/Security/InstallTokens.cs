using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Signed app install tokens: <c>v1.{install}.{expiry unix seconds}.{HMAC-SHA256}</c>, signed with a key that is
/// generated on first start and kept in the LiteDB file. The app uses the token as its MQTT password and its HTTP
/// bearer token; it proves the install without the gateway storing a password per install.
/// </summary>
public sealed class InstallTokens
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public InstallTokens(GatewayDatabase database, TimeProvider time, IOptions<SecurityOptions> options)
    {
        _time = time;
        _lifetime = options.Value.InstallTokenLifetime;
        var setting = database.Settings.FindById("install-token-key");
        if (setting is null)
        {
            setting = new SettingRecord { Id = "install-token-key", Value = RandomNumberGenerator.GetBytes(32) };
            database.Settings.Insert(setting);
        }

        _key = setting.Value;
    }

    public string Issue(string install)
    {
        var expires = (_time.GetUtcNow() + _lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = $"v1.{install}.{expires}";
        return $"{body}.{Sign(body)}";
    }

    /// <summary>The install the token was issued to, or null and why (malformed, forged, expired).</summary>
    public string? Validate(string token, out string? problem)
    {
        problem = null;
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != "v1" || !Ids.IsValid(parts[1]) || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            problem = "malformed install token";
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"v1.{parts[1]}.{parts[2]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[3])))
        {
            problem = "install token signature does not verify";
            return null;
        }

        if (_time.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            problem = "install token expired; renew it with POST /api/app/token";
            return null;
        }

        return parts[1];
    }

    private string Sign(string body) => Secrets.Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));
}
