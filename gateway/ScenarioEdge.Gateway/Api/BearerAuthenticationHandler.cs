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
/// A refused token is answered with a problem naming why (unknown, revoked, expired, forged).
/// </summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys,
    InstallTokens tokens,
    IdentityDirectory directory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string InstallClaim = "install";
    public const string ShopperClaim = "shopper";
    private const string ProblemItem = "scenarioedge.auth-problem";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
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

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var problem = Context.Items[ProblemItem] as string;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            title: "Authentication required",
            detail: problem is null
                ? "send 'Authorization: Bearer <key>' with an operator API key, or an app install token"
                : $"the bearer token was refused: {problem}",
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
