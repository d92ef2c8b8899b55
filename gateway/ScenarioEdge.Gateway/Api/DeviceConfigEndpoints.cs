using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// Remote device configuration: <c>PUT /api/stores/{store}/devices/{device}/config</c> takes the fields of a
/// <see cref="DeviceConfig"/> (the gateway adds <c>v</c>, <c>id</c> and <c>ts</c>), validates them as the device
/// will, keeps them in the device's record and publishes them retained on the device's config topic, where the edge
/// agent picks them up, now or at its next connect. <c>GET</c> reads what is in force; revoking the device clears it.
/// </summary>
public static class DeviceConfigEndpoints
{
    public static void MapDeviceConfig(this WebApplication app)
    {
        app.MapGet("/api/stores/{store}/devices/{device}/config", (string store, string device, GatewayDatabase db) =>
            db.Devices.FindById(DeviceRecord.KeyOf(store, device)) is { Config: { } config }
                ? Results.Text(config, "application/json")
                : Results.Problem(detail: $"no config set for device '{device}' in store '{store}'", statusCode: 404))
            .RequireAuthorization(Policies.Viewer)
            .WithTags("Operator")
            .WithSummary("The remote config in force for a device")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPut("/api/stores/{store}/devices/{device}/config", PutAsync).RequireAuthorization(Policies.Operator)
            .WithTags("Operator")
            .WithSummary("Set a device's remote config (DeviceConfig fields as a JSON body); validated, kept and published retained")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PutAsync(string store, string device, HttpRequest request, GatewayDatabase db, IdentityDirectory directory, IMessageBus bus, TimeProvider time)
    {
        var record = db.Devices.FindById(DeviceRecord.KeyOf(store, device));
        if (record is null)
        {
            return Results.Problem(detail: $"no device '{device}' in store '{store}'", statusCode: 404);
        }

        if (record.Revoked || record.SecretHash is null)
        {
            return Results.Problem(detail: $"device '{device}' is {(record.Revoked ? "revoked" : "not one that logs in (a display)")}; it takes no config", statusCode: 409);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException ex)
        {
            return Results.Problem(detail: $"body: not JSON ({ex.Message})", statusCode: 400);
        }

        if (body is null)
        {
            return Results.Problem(detail: "body: a JSON object of DeviceConfig fields, e.g. {\"publishIntervalMs\":1000,\"rssiWindow\":9}", statusCode: 400);
        }

        var now = time.GetUtcNow();
        body["v"] = ProtocolVersion.Current;
        body["id"] = $"cfg-{now.ToUnixTimeMilliseconds()}";
        body["ts"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var payload = Encoding.UTF8.GetBytes(body.ToJsonString());
        var decoded = ProtocolCodec.Decode<DeviceConfig>(payload);
        if (!decoded.Ok)
        {
            return Results.Problem(title: "Invalid device config", detail: decoded.Error, statusCode: 400);
        }

        // Normalised: what the device receives is exactly what the protocol says, unknown fields dropped.
        var config = ProtocolCodec.Encode(decoded.Value!);
        await bus.PublishAsync(Topics.Config(store, device), config, retain: true, request.HttpContext.RequestAborted);
        record.Config = Encoding.UTF8.GetString(config);
        db.Devices.Update(record);
        directory.Changed();
        return Results.Ok(JsonDocument.Parse(config).RootElement);
    }
}
