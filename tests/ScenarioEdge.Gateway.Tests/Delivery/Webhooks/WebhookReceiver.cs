using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Gateway.Delivery.Webhooks;

namespace ScenarioEdge.Gateway.Tests.Delivery.Webhooks;

/// <summary>A push provider's webhook endpoint: real Kestrel on a free loopback port, checking every signature as a receiver would.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "0123456789abcdef0123456789abcdef-test";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Url = new Uri($"http://127.0.0.1:{port}/hook");
    }

    public Uri Url { get; }

    /// <summary>Every request: delivery id, raw body, signature header, what verifying it said.</summary>
    public ConcurrentQueue<(string Id, byte[] Body, string Signature, WebhookVerification Verified)> Requests { get; } = new();

    /// <summary>Deliveries answered 2xx, by id.</summary>
    public ConcurrentDictionary<string, int> Delivered { get; } = new(StringComparer.Ordinal);

    /// <summary>The answer to attempt n (from 1) of a delivery whose body it is given; 200 unless set.</summary>
    public Func<string, int, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(200);

    public static async Task<WebhookReceiver> StartAsync(int? port = null)
    {
        var chosen = port ?? Infrastructure.FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{chosen}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, chosen);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var id = context.Request.Headers[WebhookSignature.DeliveryHeader].ToString();
        var signature = context.Request.Headers[WebhookSignature.Header].ToString();
        Requests.Enqueue((id, body, signature, WebhookSignature.Verify(signature, body, Secret, TimeProvider.System.GetUtcNow(), WebhookSignature.DefaultTolerance)));
        var attempt = _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
        int status;
        try
        {
            status = await Respond(System.Text.Encoding.UTF8.GetString(body), attempt).WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The sender gave up on this attempt (its timeout): a slow endpoint's answer nobody waits for.
            return;
        }

        if (status is >= 200 and < 300)
        {
            Delivered.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
