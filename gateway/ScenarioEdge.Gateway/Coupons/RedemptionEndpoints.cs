using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Redemption by a store's point of sale: <c>POST /api/stores/{store}/redemptions</c> with an <c>Idempotency-Key</c>
/// header (the same key answers the same result), and its reversal for a refunded purchase. Callable with an operator
/// key or a point of sale's device login (HTTP Basic) for its own store; a till's keys are scoped to the till, the same
/// scope its MQTT redemptions have, so the same key over either answers the same.
/// </summary>
public static class RedemptionEndpoints
{
    internal static void MapRedemptionEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/stores/{store}/redemptions").WithTags("Coupons");
        api.MapPost("", (string store, RedemptionRequest body, HttpContext context, CouponLedger ledger, RefusalLog refusals) =>
            {
                var key = context.Request.Headers["Idempotency-Key"].ToString();
                if (key.Length is 0 or > 200)
                {
                    return Results.Problem(title: "Idempotency-Key required",
                        detail: "send an Idempotency-Key header (1-200 characters, e.g. the till's receipt and line number): a retry with the same key gets the same answer",
                        statusCode: StatusCodes.Status400BadRequest);
                }

                if (body.Code is null)
                {
                    return Results.Problem(detail: "body: {\"code\": \"...\"} with the coupon code", statusCode: StatusCodes.Status400BadRequest);
                }

                if (OtherStore(context, store) is { } forbidden)
                {
                    return forbidden;
                }

                var by = context.User.Identity?.Name ?? "unknown";
                var answer = ledger.Redeem(store, body.Code, ScopedKey(context, key), body.Shopper, by);
                if (answer.Refusal is "unknown" or "malformed" or "other_store")
                {
                    // Summarised every few seconds per caller, never a line per guess: a flood of bad codes stays readable.
                    refusals.Refused(by, "coupon_" + answer.Refusal, "redemption", store, answer.Detail ?? answer.Refusal);
                }

                return Answer(answer);
            })
            .RequireAuthorization(Api.Policies.Till)
            .WithSummary("Redeem a coupon code at the store's point of sale (Idempotency-Key header required)")
            .Produces<RedemptionAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id}/reversal", (string store, string id, HttpContext context, CouponLedger ledger) =>
            OtherStore(context, store) ?? ledger.Reverse(store, id, context.User.Identity?.Name ?? "unknown") switch
            {
                (null, _) => Results.Problem(detail: $"no redemption '{id}' at store {store}", statusCode: StatusCodes.Status404NotFound),
                (_, { } refusal) => Results.Problem(title: "Conflict", detail: refusal, statusCode: StatusCodes.Status409Conflict),
                ({ } r, null) => Results.Ok(new { redemption = r.Id, code = r.Code, reversedAt = r.ReversedAt, reversedBy = r.ReversedBy }),
            })
            .RequireAuthorization(Api.Policies.Till)
            .WithSummary("Reverse a redemption (a refunded purchase): the coupon redeems again until it expires; idempotent")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>A point of sale's login acts for its own store only (403 otherwise); an operator key for any.</summary>
    private static IResult? OtherStore(HttpContext context, string store) =>
        context.User.FindFirst(Api.BearerAuthenticationHandler.PosStoreClaim) is { } pos && !context.User.IsInRole("operator")
            && !string.Equals(pos.Value, store, StringComparison.Ordinal)
            ? Results.Problem(title: "Not allowed", detail: $"a point of sale of store {pos.Value} cannot act for store {store}", statusCode: StatusCodes.Status403Forbidden)
            : null;

    /// <summary>A till's keys live in the till's own scope, the one its MQTT redemptions use (<see cref="PosRedemptions"/>).</summary>
    private static string ScopedKey(HttpContext context, string key) =>
        context.User.FindFirst(Api.BearerAuthenticationHandler.DeviceClaim) is { } device ? PosRedemptions.ScopedKey(device.Value, key) : key;

    /// <summary>200 redeemed; 409 already redeemed or a reused key; 404 unknown; 422 expired, another store's or shopper's, or not a code.</summary>
    internal static int StatusOf(RedemptionAnswer a) => a.Redeemed ? StatusCodes.Status200OK : a.Refusal switch
    {
        "already_redeemed" or CouponLedger.KeyReused => StatusCodes.Status409Conflict,
        "unknown" => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static IResult Answer(RedemptionAnswer a)
    {
        if (a.Redeemed)
        {
            return Results.Ok(a);
        }

        var status = StatusOf(a);
        return Results.Problem(title: "Coupon not redeemed", detail: a.Detail ?? a.Refusal, statusCode: status,
            extensions: new Dictionary<string, object?> { ["reason"] = a.Refusal, ["code"] = a.Code, ["redemption"] = a.Redemption.Length > 0 ? a.Redemption : null });
    }
}
