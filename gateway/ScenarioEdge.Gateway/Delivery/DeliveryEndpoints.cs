namespace ScenarioEdge.Gateway.Delivery;

public static class DeliveryEndpoints
{
    /// <summary><c>GET /api/pushes/undelivered</c>: per store, the pushes no app has acknowledged yet.</summary>
    public static WebApplication MapDelivery(this WebApplication app)
    {
        app.MapGet("/api/pushes/undelivered", (PushLedger ledger) =>
        {
            var stores = ledger.Undelivered();
            return Results.Ok(new { total = stores.Sum(s => s.Count), stores });
        }).RequireAuthorization(Api.Policies.Viewer)
            .WithTags("Delivery")
            .WithSummary("Per store, the pushes no app has acknowledged yet, and the oldest");
        return app;
    }
}
