using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>
/// Sends deliveries to the push provider's webhook, signed (<see cref="WebhookSignature"/>). <see cref="Enqueue"/>
/// writes the delivery to the LiteDB outbox and returns at once; each delivery then runs on its own: at most
/// <see cref="WebhookOptions.Concurrency"/> attempts are in flight, each bounded by a timeout, and a delivery waiting
/// for its retry (exponential backoff with jitter) holds no slot, so a slow or failing endpoint never holds up the
/// caller or the other deliveries. After <see cref="WebhookOptions.MaxAttempts"/>, or at once for a 4xx, a delivery
/// is dead-lettered and counted. What is still pending at shutdown stays in the outbox and resumes at the next start.
/// </summary>
public sealed partial class WebhookSender : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, Task> _flows = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly GatewayDatabase _db;
    private readonly WebhookOptions _options;
    private readonly GatewayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookSender> _log;
    private readonly SemaphoreSlim _slots;
    private readonly HttpClient _http;
    private int _pending;

    public WebhookSender(GatewayDatabase db, IOptions<WebhookOptions> options, GatewayMetrics metrics, TimeProvider time, ILogger<WebhookSender> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        (_db, _options, _metrics, _time, _log) = (db, options.Value, metrics, time, log);
        _slots = new SemaphoreSlim(_options.Concurrency);
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        metrics.ObserveWebhookPending(() => Volatile.Read(ref _pending));
    }

    /// <summary>Whether a webhook URL is configured.</summary>
    public bool Enabled => _options.Url is not null;

    /// <summary>Deliveries in flight or waiting for a retry.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>
    /// Queues one delivery: <paramref name="id"/> is its idempotency key (the same id queued twice is sent once, also after it was delivered, within the retention period),
    /// <paramref name="data"/> a JSON value, <paramref name="shopper"/> the pseudonymous shopper it is about (so that
    /// erasing the shopper erases it). The body is <c>{"id","type","createdAt","data"}</c>. Returns false when no
    /// webhook is configured, or when the queue is full (the delivery is then dead-lettered as <c>queue_full</c>).
    /// </summary>
    public bool Enqueue(string id, string type, string data, string? shopper = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!Enabled)
        {
            return false;
        }

        var now = _time.GetUtcNow();
        var record = new WebhookDeliveryRecord { Id = id, Shopper = shopper, Body = Body(id, type, now, data), CreatedAt = now, NextAttemptAt = now };
        lock (_flows)
        {
            if (_flows.ContainsKey(id) || _db.WebhookOutbox.FindById(id) is not null || _db.WebhookSent.FindById(id) is not null)
            {
                return true;
            }

            if (_pending >= _options.Capacity)
            {
                DeadLetter(record, "queue_full", $"{_options.Capacity} deliveries were already waiting");
                return false;
            }

            _db.WebhookOutbox.Insert(record);
            Start(record);
            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return Task.CompletedTask;
        }

        var resumed = 0;
        lock (_flows)
        {
            foreach (var record in _db.WebhookOutbox.FindAll().ToList())
            {
                Start(record);
                resumed++;
            }
        }

        if (resumed > 0)
        {
            _log.LogInformation("{Count} webhook deliveries resumed from the outbox", resumed);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        // Attempts in flight end at once; what is pending stays in the outbox for the next start.
        await Task.WhenAll(_flows.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (Pending > 0)
        {
            _log.LogInformation("{Count} webhook deliveries kept in the outbox for the next start", Pending);
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _slots.Dispose();
        _http.Dispose();
    }

    private void Start(WebhookDeliveryRecord record)
    {
        Interlocked.Increment(ref _pending);
        // The flow starts once it is listed, so that its end always finds itself to take off the list.
        var listed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _flows[record.Id] = RunWhenListedAsync(listed.Task, record);
        listed.SetResult();
    }

    private async Task RunWhenListedAsync(Task listed, WebhookDeliveryRecord record)
    {
        await listed;
        await RunAsync(record);
    }

    private static string Body(string id, string type, DateTimeOffset at, string data)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("type", type);
            json.WriteString("createdAt", at);
            json.WritePropertyName("data");
            json.WriteRawValue(data);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
