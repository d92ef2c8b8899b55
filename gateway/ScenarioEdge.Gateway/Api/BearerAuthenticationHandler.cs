using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// One bearer scheme for both kinds of callers: operator API keys (<c>sek_…</c>, roles viewer, operator, admin,
/// each including the ones before) and app install tokens (<c>v1.…</c>, claims <c>install</c> and <c>shopper</c>).
/// A refused token is answered with a problem naming why (unknown, revoked, expired, forged). A point of sale calls
/// with its device login as HTTP Basic (<c>{store}/{device}</c> and its device secret, as on MQTT; claims
/// <c>device</c> and, for a device of kind pos, <c>pos_store</c>).
/// </summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys,
    InstallTokens tokens,
    IdentityDirectory directory,
    MqttAuthenticator devices) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string InstallClaim = "install";
    public const string ShopperClaim = "shopper";
    public const string DeviceClaim = "device";
    public const string PosStoreClaim = "pos_store";
    private const string ProblemItem = "scenarioedge.auth-problem";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Device(header[6..].Trim()));
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header[7..].Trim();
        string? problem;
        ClaimsIdentity? identity = null;
        if (token.StartsWith("sek_", StringComparison.Ordinal))
        {
            if (keys.Validate(token, out problem) is { } key)
            {
                var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new("key", key.Id) };
                claims.AddRange(Enum.GetValues<OperatorRole>().Where(r => r <= key.Role).Select(r => new Claim(ClaimTypes.Role, r.ToString().ToLowerInvariant())));
                identity = new ClaimsIdentity(claims, SchemeName);
            }
        }
        else if (tokens.Validate(token, out problem) is { } install)
        {
            if (directory.Current.TryGetInstall(install, out var entry))
            {
                identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, install), new Claim(InstallClaim, install), new Claim(ShopperClaim, entry.Shopper.ShopperId)], SchemeName);
            }
            else
            {
                problem = "the install was erased or is not registered";
            }
        }

        if (identity is null)
        {
            Context.Items[ProblemItem] = problem;
            return Task.FromResult(AuthenticateResult.Fail(problem ?? "invalid bearer token"));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private AuthenticateResult Device(string encoded)
    {
        string? problem;
        ClaimsPrincipal? principal = null;
        var login = Decode(encoded);
        var colon = login?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (login is null || colon <= 0 || login.IndexOf('/', StringComparison.Ordinal) is var slash && (slash <= 0 || slash > colon))
        {
            problem = "Basic credentials are a device login: {store}/{device} and the device secret";
        }
        else if (devices.Authenticate(login[..colon], login[(colon + 1)..], out problem) is { Kind: PrincipalKind.Device } device)
        {
            var claims = new List<Claim> { new(ClaimTypes.Name, device.UserName), new(DeviceClaim, device.UserName) };
            if (device.IsPos)
            {
                claims.Add(new Claim(PosStoreClaim, device.Store));
            }

            principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        }

        if (principal is null)
        {
            Context.Items[ProblemItem] = problem;
            return AuthenticateResult.Fail(problem ?? "invalid device login");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static string? Decode(string base64)
    {
        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? System.Text.Encoding.UTF8.GetString(bytes, 0, written) : null;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var problem = Context.Items[ProblemItem] as string;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            title: "Authentication required",
            detail: problem is null
                ? "send 'Authorization: Bearer <key>' with an operator API key, or an app install token (a point of sale: 'Authorization: Basic' with its device login)"
                : $"the credentials were refused: {problem}",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(
            title: "Not allowed",
            detail: "the key is valid but its role does not allow this; ask an admin for a key with the needed role",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
    }
}
