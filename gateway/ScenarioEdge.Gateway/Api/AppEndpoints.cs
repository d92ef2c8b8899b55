using System.Security.Claims;
using System.Security.Cryptography;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// The shopper app's API: registration (the only anonymous call, rate limited per address), token renewal, consent per
/// purpose, export and erasure — each on the caller's own data only, by its install token.
/// </summary>
public static class AppEndpoints
{
    public const string RegistrationLimit = "registration";

    public static void MapAppApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/app").WithTags("App");
        api.MapPost("/register", Register).RequireRateLimiting(RegistrationLimit).AllowAnonymous()
            .WithSummary("Register a shopper's app with the shopper's consent; returns the install token, token key and MQTT login once")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status429TooManyRequests);
        var me = api.MapGroup("").RequireAuthorization(Policies.App);
        me.MapPost("/token", (ClaimsPrincipal user, InstallTokens tokens) => Results.Ok(new { token = tokens.Issue(Install(user)) }))
            .WithSummary("Renew the caller's install token");
        me.MapGet("/me", (ClaimsPrincipal user, GatewayDatabase db) =>
            db.Shoppers.FindById(Shopper(user)) is { } s ? Results.Ok(new { shopper = s.Id, installs = s.Installs, consents = s.Consents }) : Results.NotFound())
            .WithSummary("The caller's shopper: installs and consents")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status404NotFound);
        me.MapPut("/me/consents/{purpose}", ChangeConsentAsync)
            .WithSummary("Grant or withdraw consent for one purpose; withdrawing the last erases the shopper everywhere")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        me.MapGet("/me/export", (ClaimsPrincipal user, ShopperPrivacy privacy) =>
            privacy.Export(Shopper(user)) is { } export ? Results.Ok(export) : Results.NotFound())
            .WithSummary("Export everything the gateway holds about the caller's shopper")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status404NotFound);
        me.MapDelete("/me", async (ClaimsPrincipal user, ShopperPrivacy privacy) =>
            await privacy.EraseAsync(Shopper(user), "the shopper asked") ? Results.NoContent() : Results.NotFound())
            .WithSummary("Erase the caller's shopper everywhere, retained messages included")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound);
    }

    private static IResult Register(RegistrationRequest request, GatewayDatabase db, IdentityDirectory directory, InstallTokens tokens, ConsentLedger ledger)
    {
        var unknown = request.Consents?.FirstOrDefault(c => !ConsentPurposes.All.Contains(c));
        if (request.Consents is null || request.Consents.Count == 0 || unknown is not null)
        {
            return Results.Problem(detail: $"consents: give at least one of {string.Join(", ", ConsentPurposes.All)}{(unknown is null ? "" : $"; {ConsentPurposes.NotAPurpose(unknown)}")}", statusCode: 400);
        }

        if (string.IsNullOrWhiteSpace(request.NoticeVersion) || request.NoticeVersion.Length > 32)
        {
            return Results.Problem(detail: "noticeVersion: required, the version of the privacy notice the shopper was shown", statusCode: 400);
        }

        if (ProfileProblem(request, db) is { } problem)
        {
            return Results.Problem(detail: problem, statusCode: 400);
        }

        // Random ids: they say nothing about the person and cannot be guessed.
        var shopper = "shp-" + Secrets.New()[..20].Replace('_', 'x');
        var install = "app-" + Secrets.New()[..20].Replace('_', 'x');
        var key = RandomNumberGenerator.GetBytes(16);
        var consents = request.Consents.Distinct(StringComparer.Ordinal).ToList();
        db.Shoppers.Insert(new ShopperRecord
        {
            Id = shopper,
            Installs = [install],
            TokenKey = key,
            Consents = consents,
            Wearables = request.Wearables?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            RestingHeartRateBpm = request.RestingHr,
            MaxHeartRateBpm = request.MaxHr,
        });
        ledger.Record(shopper, consents, granted: true, request.NoticeVersion, "registration");
        directory.Changed();
        var token = tokens.Issue(install);
        return Results.Ok(new
        {
            shopper,
            install,
            token,
            tokenKey = Convert.ToHexStringLower(key),
            mqtt = new { userName = $"app:{install}", password = token },
        });
    }

    private static string? ProfileProblem(RegistrationRequest request, GatewayDatabase db)
    {
        var wearables = request.Wearables ?? [];
        if (wearables.Count > 4 || wearables.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 128))
        {
            return "wearables: at most 4 advertiser ids of 1-128 characters";
        }

        // A wearable counts as one shopper's: claiming another's would attribute that person's heart rate to you.
        if (wearables.FirstOrDefault(w => db.Shoppers.Exists("$.Wearables[*] ANY = @0", new LiteDB.BsonValue(w))) is { } taken)
        {
            return $"wearables: '{taken}' is already registered to another shopper";
        }

        if (request.RestingHr is < 25 or > 120 || request.MaxHr is < 100 or > 240 || request.RestingHr >= request.MaxHr)
        {
            return "restingHr: 25-120 bpm; maxHr: 100-240 bpm, above restingHr";
        }

        return null;
    }

    private static async Task<IResult> ChangeConsentAsync(string purpose, ConsentRequest request, ClaimsPrincipal user, ShopperPrivacy privacy)
    {
        if (!ConsentPurposes.All.Contains(purpose))
        {
            return Results.Problem(detail: $"purpose: {ConsentPurposes.NotAPurpose(purpose)}; one of {string.Join(", ", ConsentPurposes.All)}", statusCode: 400);
        }

        if (string.IsNullOrWhiteSpace(request.NoticeVersion))
        {
            return Results.Problem(detail: "noticeVersion: required", statusCode: 400);
        }

        var consents = await privacy.ChangeConsentAsync(Shopper(user), purpose, request.Granted, request.NoticeVersion, "app");
        return Results.Ok(new { consents, erased = consents.Count == 0 });
    }

    private static string Install(ClaimsPrincipal user) => user.FindFirstValue(BearerAuthenticationHandler.InstallClaim)!;

    private static string Shopper(ClaimsPrincipal user) => user.FindFirstValue(BearerAuthenticationHandler.ShopperClaim)!;
}
