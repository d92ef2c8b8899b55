using System.Security.Claims;
using ScenarioEdge.Gateway.Api;
using ScenarioEdge.Gateway.Identity;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>The app's checkout code, and an operator's view of one purchase.</summary>
public static class PurchaseEndpoints
{
    internal static void MapPurchaseEndpoints(this WebApplication app)
    {
        app.MapPost("/api/app/checkout-code", (ClaimsPrincipal user, CheckoutCodes codes, IdentityDirectory directory) =>
            {
                var shopper = user.FindFirstValue(BearerAuthenticationHandler.ShopperClaim)!;
                if (directory.Current.Shopper(shopper) is not { } identity || !identity.HasConsent(ConsentPurposes.Offers))
                {
                    return Results.Problem(title: "Offers consent needed",
                        detail: "a checkout code links the purchase to the shopper for offers and points; grant the offers consent first",
                        statusCode: StatusCodes.Status409Conflict);
                }

                var (code, expires) = codes.Issue(shopper, user.FindFirstValue(BearerAuthenticationHandler.InstallClaim)!);
                return Results.Ok(new { code, expires });
            })
            .RequireAuthorization(Policies.App)
            .WithTags("App")
            .WithSummary("A short-lived, single-use checkout code the app shows at the till, so the purchase is linked to the shopper (the till never learns who)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/stores/{store}/purchases/{receipt}", (string store, string receipt, PurchaseBook book) =>
            book.Find(store, receipt) is { } p
                ? Results.Ok(new
                {
                    id = p.Id, store = p.Store, receipt = p.Receipt, device = p.Device, at = p.EventTime, total = p.Total, currency = p.Currency,
                    items = p.Items.Select(i => new { sku = i.Sku, qty = i.Qty, price = i.Price, category = i.Category }).ToList(),
                    coupons = p.Coupons, identified = p.Shopper is not null,
                })
                : Results.Problem(detail: $"no purchase with receipt '{receipt}' at store {store}", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Policies.Viewer)
            .WithTags("Purchases")
            .WithSummary("One purchase by its receipt (whether it is linked to a shopper, never which)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
