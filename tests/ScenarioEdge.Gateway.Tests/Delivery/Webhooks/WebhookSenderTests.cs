using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Delivery.Webhooks;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Delivery.Webhooks;

public sealed class WebhookSenderTests
{
    private readonly string _data = Directory.CreateTempSubdirectory("se-webhook-").FullName;

    [Fact]
    public async Task Enqueue_Delivered_SignedBodyTheReceiverVerifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var db = Database();
        var metrics = new GatewayMetrics();
        using var sender = Sender(db, metrics, receiver.Url);
        await sender.StartAsync(CancellationToken.None);

        Assert.True(sender.Enqueue("d-1", "push", """{"install":"i-1","title":"Hello <b>"}"""));
        await Eventually.TrueAsync(() => receiver.Delivered.ContainsKey("d-1"), "the delivery");

        var (id, body, _, verified) = Assert.Single(receiver.Requests);
        Assert.Equal("d-1", id);
        Assert.Equal(WebhookVerification.Valid, verified);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("d-1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Hello <b>", json.RootElement.GetProperty("data").GetProperty("title").GetString());
        await Eventually.TrueAsync(() => db.WebhookOutbox.Count() == 0 && sender.Pending == 0, "the outbox to empty");
        Assert.Equal(1, metrics.WebhookAttempts["delivered"]);
        Assert.True(sender.Enqueue("d-1", "push", "{}"), "a known id is accepted and not sent again");
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Enqueue_5xxThenOk_RetriedEachAttemptSignedAfresh()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (_, attempt) => Task.FromResult(attempt <= 2 ? 503 : 200);
        using var db = Database();
        var metrics = new GatewayMetrics();
        using var sender = Sender(db, metrics, receiver.Url);
        await sender.StartAsync(CancellationToken.None);

        sender.Enqueue("d-1", "push", "{}");
        await Eventually.TrueAsync(() => receiver.Delivered.ContainsKey("d-1"), "the third attempt");

        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(WebhookVerification.Valid, r.Verified));
        Assert.Single(receiver.Requests.Select(r => Convert.ToHexString(r.Body)).Distinct());
        Assert.Equal(2, metrics.WebhookAttempts["http_error"]);
        Assert.Equal(0, metrics.WebhookDeadLetters["attempts"]);
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Enqueue_EndpointTimesOutOr5xx_DeadLetteredAfterLimitWithoutBlockingOthers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = async (body, _) =>
        {
            if (body.Contains("\"slow\"", StringComparison.Ordinal))
            {
                await Task.Delay(TimeSpan.FromSeconds(30));
            }

            return body.Contains("\"broken\"", StringComparison.Ordinal) ? 500 : 200;
        };
        using var db = Database();
        var metrics = new GatewayMetrics();
        using var sender = Sender(db, metrics, receiver.Url, o => (o.Timeout, o.MaxAttempts, o.Concurrency) = (TimeSpan.FromSeconds(1), 3, 4));
        await sender.StartAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        sender.Enqueue("slow-1", "push", "\"slow\"");
        sender.Enqueue("slow-2", "push", "\"slow\"");
        sender.Enqueue("broken-1", "push", "\"broken\"");
        for (var i = 0; i < 20; i++)
        {
            sender.Enqueue($"fast-{i}", "push", "\"fast\"");
        }

        var enqueued = clock.Elapsed;
        await Eventually.TrueAsync(() => receiver.Delivered.Count == 20, "every fast delivery");
        var fast = clock.Elapsed;
        await Eventually.TrueAsync(() => db.WebhookDeadLetters.Count() == 3, "the slow and broken ones to be dead-lettered");

        Assert.True(enqueued < TimeSpan.FromSeconds(1), $"queuing 23 took {enqueued}");
        Assert.True(fast < TimeSpan.FromSeconds(5), $"the fast deliveries waited {fast} behind the slow ones");
        // At least the slow ones' 6: on a loaded machine a fast delivery's attempt may time out too, and is retried.
        Assert.True(metrics.WebhookAttempts["timeout"] >= 6, $"{metrics.WebhookAttempts["timeout"]} timeouts");
        Assert.Equal(3, metrics.WebhookAttempts["http_error"]);
        Assert.Equal(3, metrics.WebhookDeadLetters["attempts"]);
        var dead = db.WebhookDeadLetters.FindById("slow-1");
        Assert.Equal(("attempts", 3), (dead.DeadReason, dead.Attempts));
        Assert.Contains("no answer within", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(0, db.WebhookOutbox.Count());
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Enqueue_4xx_DeadLetteredAtOnceAsRefused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (_, _) => Task.FromResult(401);
        using var db = Database();
        var metrics = new GatewayMetrics();
        using var sender = Sender(db, metrics, receiver.Url);
        await sender.StartAsync(CancellationToken.None);

        sender.Enqueue("d-1", "push", "{}");
        await Eventually.TrueAsync(() => metrics.WebhookDeadLetters["refused"] == 1, "the dead letter");

        Assert.Single(receiver.Requests);
        Assert.Equal("HTTP 401", db.WebhookDeadLetters.FindById("d-1").LastError);
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Enqueue_QueueFull_DeadLetteredAsQueueFullAndCounted()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var release = new TaskCompletionSource();
        receiver.Respond = async (_, _) =>
        {
            await release.Task;
            return 200;
        };
        using var db = Database();
        var metrics = new GatewayMetrics();
        using var sender = Sender(db, metrics, receiver.Url, o => o.Capacity = 2);
        await sender.StartAsync(CancellationToken.None);

        Assert.True(sender.Enqueue("d-1", "push", "{}"));
        Assert.True(sender.Enqueue("d-2", "push", "{}"));
        Assert.False(sender.Enqueue("d-3", "push", "{}"));

        Assert.Equal("queue_full", db.WebhookDeadLetters.FindById("d-3").DeadReason);
        Assert.Equal(1, metrics.WebhookDeadLetters["queue_full"]);
        release.SetResult();
        await Eventually.TrueAsync(() => receiver.Delivered.Count == 2, "the two queued");
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Restart_PendingDeliveries_KeptInTheOutboxAndSentAfter()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}/hook");
        var metrics = new GatewayMetrics();
        using (var db = Database())
        {
            using var sender = Sender(db, metrics, url, o => o.FirstRetryDelay = TimeSpan.FromMilliseconds(500));
            await sender.StartAsync(CancellationToken.None);
            sender.Enqueue("down-1", "push", "{}");
            await Eventually.TrueAsync(() => metrics.WebhookAttempts["connection_error"] == 1, "a refused connection");
            await sender.StopAsync(CancellationToken.None);
            Assert.Equal(1, db.WebhookOutbox.FindById("down-1").Attempts);
        }

        await using var receiver = await WebhookReceiver.StartAsync(port);
        using var reopened = Database();
        using var restarted = Sender(reopened, metrics, url);
        await restarted.StartAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => receiver.Delivered.ContainsKey("down-1"), "the delivery after the restart");
        Assert.Equal(WebhookVerification.Valid, Assert.Single(receiver.Requests).Verified);
        await restarted.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EraseShopper_PendingDelivery_ExportedThenNeverSentNorDeadLettered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (_, attempt) => Task.FromResult(attempt == 1 ? 503 : 200);
        using var db = Database();
        var holder = new ScenarioEdge.Gateway.Privacy.WebhookDataHolder(db);
        // The retry waits long enough that the erasure below surely comes first (400 ms was overtaken on a loaded machine).
        using var sender = Sender(db, new GatewayMetrics(), receiver.Url, o => (o.FirstRetryDelay, o.MaxAttempts) = (TimeSpan.FromSeconds(3), 2));
        await sender.StartAsync(CancellationToken.None);

        sender.Enqueue("d-erased", "push", "{}", shopper: "s-1");
        sender.Enqueue("d-kept", "push", "{}", shopper: "s-2");
        await Eventually.TrueAsync(() => receiver.Requests.Count == 2, "the first attempts");
        Assert.Single(holder.Export("s-1"));
        Assert.Equal(1, holder.EraseData("s-1"));
        await Eventually.TrueAsync(() => receiver.Delivered.ContainsKey("d-kept") && sender.Pending == 0, "the other delivery and the end of both");

        Assert.False(receiver.Delivered.ContainsKey("d-erased"));
        Assert.Equal(1, receiver.Requests.Count(r => r.Id == "d-erased"));
        Assert.Equal(0, db.WebhookDeadLetters.Count());
        Assert.Empty(holder.Export("s-1"));
        await sender.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Gateway_WebhookConfigured_SenderHostedAndDelivering()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Webhook:Url"] = receiver.Url.ToString(),
            ["Gateway:Webhook:Secret"] = WebhookReceiver.Secret,
        });

        Assert.True(gateway.App.Services.GetRequiredService<WebhookSender>().Enqueue("hosted-1", "push", "{}"));

        await Eventually.TrueAsync(() => receiver.Delivered.ContainsKey("hosted-1"), "the delivery");
        Assert.Equal(WebhookVerification.Valid, Assert.Single(receiver.Requests).Verified);
        Assert.Contains("se_webhook_attempts_total{result=\"delivered\"} 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_WebhookUrlWithoutSecret_RefusesToStartNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayFixture.StartAsync(
            settings: new Dictionary<string, string?> { ["Gateway:Webhook:Url"] = "http://127.0.0.1:9/hook", ["Gateway:Webhook:Secret"] = "short" }));

        Assert.Contains("Secret", error.Message, StringComparison.Ordinal);
    }

    private GatewayDatabase Database() => new(Path.Combine(_data, "scenarioedge.db"));

    private static WebhookSender Sender(GatewayDatabase db, GatewayMetrics metrics, Uri url, Action<WebhookOptions>? configure = null)
    {
        var options = new WebhookOptions { Url = url, Secret = WebhookReceiver.Secret, FirstRetryDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new WebhookSender(db, Options.Create(options), metrics, TimeProvider.System, NullLogger<WebhookSender>.Instance);
    }
}
