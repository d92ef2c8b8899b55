using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Provisioning;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Gateway.Api;

/// <summary>The operator API: stores, devices, keys, observers and shoppers' data requests, each behind its role.</summary>
public static class OperatorEndpoints
{
    public static void MapOperatorApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Operator");
        api.MapGet("/stores", (GatewayDatabase db) => db.Stores.FindAll().ToList()).RequireAuthorization(Policies.Viewer)
            .WithSummary("The provisioned stores with their zones");
        api.MapGet("/stores/{store}/devices", (string store, GatewayDatabase db) =>
            db.Devices.Find(d => d.Store == store).Select(d => new { d.Device, d.Kind, d.Zone, d.X, d.Y, d.Revoked, d.Displays }).ToList())
            .RequireAuthorization(Policies.Viewer)
            .WithSummary("A store's devices (no secrets)");
        api.MapPost("/stores/{store}/devices", ProvisionDevice).RequireAuthorization(Policies.Operator)
            .WithSummary("Provision a device, or give an existing one a new login; returns the login once")
            .Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/stores/{store}/devices/{device}", RevokeDeviceAsync).RequireAuthorization(Policies.Operator)
            .WithSummary("Revoke a device: disconnects it and clears its retained config")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/provisioning/scenario", ProvisionScenarioAsync).RequireAuthorization(Policies.Operator)
            .WithSummary("Provision a store and its devices from a scenario YAML body (?rotate=true renews device secrets)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/keys", CreateKey).RequireAuthorization(Policies.Admin)
            .WithSummary("Create an operator API key; returns the key once")
            .Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/keys/{id}", (string id, ApiKeys keys) => keys.Revoke(id) ? Results.NoContent() : Results.Problem(detail: $"no active API key '{id}'", statusCode: 404))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Revoke an operator API key")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/observers", CreateObserver).RequireAuthorization(Policies.Admin)
            .WithSummary("Create a read-only MQTT observer login; returns the password once")
            .Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/shoppers/{id}/export", (string id, ShopperPrivacy privacy) =>
            privacy.Export(id) is { } export ? Results.Ok(export) : Results.Problem(detail: $"no shopper '{id}'", statusCode: 404))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Export everything held about a shopper (a data request)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/shoppers/{id}", async (string id, ShopperPrivacy privacy) =>
            await privacy.EraseAsync(id, "operator request") ? Results.NoContent() : Results.Problem(detail: $"no shopper '{id}'", statusCode: 404))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Erase a shopper everywhere, retained messages included (a data request)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult ProvisionDevice(string store, DeviceRequest request, GatewayDatabase db, IdentityDirectory directory, ProvisioningChanges changes)
    {
        if (!Ids.IsValid(store) || db.Stores.FindById(store) is not { } record)
        {
            return Results.Problem(detail: $"no store '{store}'; provision the store first", statusCode: 404);
        }

        if (request.Device is null || !Ids.IsValid(request.Device))
        {
            return Results.Problem(detail: "device: required, 1-64 letters, digits, '-', '_' or '.'", statusCode: 400);
        }

        if (request.Zone is not null && record.Zones.All(z => z.Id != request.Zone))
        {
            return Results.Problem(detail: $"zone: store '{store}' has no zone '{request.Zone}'", statusCode: 400);
        }

        var secret = Secrets.New();
        var device = DeviceRecord.Create(store, request.Device, request.Kind ?? "scanner", request.Zone, request.X, request.Y, Secrets.Hash(secret));
        device.Displays = request.Displays ?? [];
        // A new login for an existing device keeps its remote config: the retained message stays in force too.
        device.Config = db.Devices.FindById(device.Id)?.Config;
        db.Devices.Upsert(device);
        directory.Changed();
        changes.Raise();
        return Results.Created($"/api/stores/{store}/devices/{request.Device}", new { userName = $"{store}/{request.Device}", password = secret });
    }

    private static async Task<IResult> RevokeDeviceAsync(string store, string device, GatewayDatabase db, IdentityDirectory directory, ProvisioningChanges changes, IClientSessions sessions, IMessageBus bus)
    {
        var record = db.Devices.FindById(DeviceRecord.KeyOf(store, device));
        if (record is null)
        {
            return Results.Problem(detail: $"no device '{device}' in store '{store}'", statusCode: 404);
        }

        record.Revoked = true;
        record.SecretHash = null;
        var hadConfig = record.Config is not null;
        record.Config = null;
        db.Devices.Update(record);
        directory.Changed();
        changes.Raise();
        await sessions.DisconnectAsync(ClientPrincipal.Device(store, device));
        if (hadConfig)
        {
            // An empty retained message clears the topic: the config of a revoked device is served to nobody.
            await bus.PublishAsync(Topics.Config(store, device), [], retain: true, CancellationToken.None);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> ProvisionScenarioAsync(HttpRequest request, ScenarioProvisioning provisioning, bool? rotate)
    {
        using var reader = new StreamReader(request.Body);
        var yaml = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            var credentials = provisioning.Apply(StoreFileLoader.Parse(yaml, "request body"), rotate ?? false);
            // Shoppers are the apps' to register; the answer covers the store side only.
            return Results.Ok(new { devices = credentials.Devices, unchanged = credentials.Unchanged, revoked = credentials.Revoked });
        }
        catch (ScenarioException ex)
        {
            return Results.Problem(title: "Invalid scenario", detail: ex.Message, statusCode: 400);
        }
    }

    private static IResult CreateKey(ApiKeyRequest request, ApiKeys keys)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || !Enum.TryParse<OperatorRole>(request.Role, ignoreCase: true, out var role))
        {
            return Results.Problem(detail: "name: required; role: one of viewer, operator, admin", statusCode: 400);
        }

        var (key, record) = keys.Create(request.Name, role);
        return Results.Created($"/api/keys/{record.Id}", new { id = record.Id, name = record.Name, role = role.ToString().ToLowerInvariant(), key });
    }

    private static IResult CreateObserver(ObserverRequest request, GatewayDatabase db)
    {
        if (request.Name is null || !Ids.IsValid(request.Name))
        {
            return Results.Problem(detail: "name: required, 1-64 letters, digits, '-', '_' or '.'", statusCode: 400);
        }

        var secret = Secrets.New();
        db.Observers.Upsert(new ObserverRecord { Id = request.Name, Hash = Secrets.Hash(secret) });
        return Results.Created($"/api/observers/{request.Name}", new { userName = $"observer:{request.Name}", password = secret });
    }
}
