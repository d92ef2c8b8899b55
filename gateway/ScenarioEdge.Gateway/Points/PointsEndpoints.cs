using System.Security.Claims;
using ScenarioEdge.Gateway.Api;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// The app's points: balance and history (<c>GET /api/app/points</c>), and points for a coupon
/// (<c>POST /api/app/points/redemptions</c>, Idempotency-Key required) — each on the caller's own shopper only, by its
/// install token; there is no parameter that names a shopper.
/// </summary>
public static class PointsEndpoints
{
    public const int MaxPageSize = 100;

    internal static void MapPointsEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/app/points").WithTags("App").RequireAuthorization(Policies.App);
        api.MapGet("", History)
            .WithSummary("The caller's points balance and history, newest first, paged (page from 1, size 1-100)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/redemptions", (PointsRedemptionRequest body, HttpContext context, PointsRedemptions redemptions) =>
            {
                var key = context.Request.Headers["Idempotency-Key"].ToString();
                if (key.Length is 0 or > 200)
                {
                    return Results.Problem(title: "Idempotency-Key required",
                        detail: "send an Idempotency-Key header (1-200 characters): a retry with the same key gets the same code, never a second debit",
                        statusCode: StatusCodes.Status400BadRequest);
                }

                if (string.IsNullOrEmpty(body.Coupon) || body.Coupon.Length > 64)
                {
                    return Results.Problem(detail: "body: {\"coupon\": \"<coupon id>\", \"store\": \"<store id>\"}", statusCode: StatusCodes.Status400BadRequest);
                }

                var a = redemptions.Redeem(Shopper(context.User), body.Coupon, body.Store, key);
                return a.Reason is null
                    ? Results.Ok(new { coupon = a.Coupon, code = a.Code, cost = a.Cost, balance = a.Balance, replayed = a.Replayed })
                    : Results.Problem(title: "No coupon for points", detail: a.Detail, statusCode: a.Status,
                        extensions: new Dictionary<string, object?> { ["reason"] = a.Reason, ["balance"] = a.Balance, ["cost"] = a.Cost });
            })
            .WithSummary("Buy a coupon with points (Idempotency-Key header required): the debit and the code in one transaction")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult History(ClaimsPrincipal user, GatewayDatabase db, int? page, int? size)
    {
        if (page is < 1 || size is < 1 or > MaxPageSize)
        {
            return Results.Problem(detail: $"page: from 1; size: 1-{MaxPageSize}", statusCode: StatusCodes.Status400BadRequest);
        }

        var shopper = Shopper(user);
        var (p, n) = (page ?? 1, size ?? 20);
        var balance = db.PointsBalances.FindById(shopper) ?? new PointsBalanceRecord { Id = shopper };
        var entries = db.PointsEntries.Query().Where(e => e.Shopper == shopper).OrderByDescending(e => e.Seq).Skip((p - 1) * n).Limit(n).ToList();
        return Results.Ok(new
        {
            balance = balance.Balance,
            credited = balance.Credited,
            debited = balance.Debited,
            total = balance.Entries,
            page = p,
            size = n,
            entries = entries.Select(e => new
            {
                at = new DateTimeOffset(e.At.ToUniversalTime(), TimeSpan.Zero), kind = e.Kind, amount = e.Amount, balanceAfter = e.BalanceAfter,
                reason = e.Reason, store = e.Store, purchase = e.Purchase, coupon = e.Coupon, code = e.Code,
            }),
        });
    }

    private static string Shopper(ClaimsPrincipal user) => user.FindFirstValue(BearerAuthenticationHandler.ShopperClaim)!;
}
