using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>One delivery's attempts, retries and end.</summary>
public sealed partial class WebhookSender
{
    private long _deadInWindow;
    private DateTimeOffset _deadWindowStart;

    private async Task RunAsync(WebhookDeliveryRecord record)
    {
        var stop = _stop.Token;
        try
        {
            while (true)
            {
                var wait = record.NextAttemptAt - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, stop);
                }

                if (record.Attempts > 0 && _db.WebhookOutbox.FindById(record.Id) is null)
                {
                    // Erased with its shopper while it waited for the retry.
                    return;
                }

                var (result, error) = await AttemptAsync(record, stop);
                record.Attempts++;
                _metrics.CountWebhookAttempt(result switch
                {
                    WebhookResult.Delivered => "delivered",
                    WebhookResult.Timeout => "timeout",
                    WebhookResult.ConnectionError => "connection_error",
                    _ => "http_error",
                });
                if (result == WebhookResult.Delivered)
                {
                    // Remembered before it leaves the outbox, so that no moment exists where the id is in neither.
                    _db.WebhookSent.Upsert(new WebhookSentRecord { Id = record.Id, Shopper = record.Shopper, SentAt = _time.GetUtcNow() });
                    _db.WebhookOutbox.Delete(record.Id);
                    return;
                }

                record.LastError = error;
                if (result == WebhookResult.Refused || record.Attempts >= _options.MaxAttempts)
                {
                    // Gone from the outbox meanwhile: the shopper was erased, and no dead letter brings the data back.
                    if (_db.WebhookOutbox.Delete(record.Id))
                    {
                        DeadLetter(record, result == WebhookResult.Refused ? "refused" : "attempts", error);
                    }

                    return;
                }

                record.NextAttemptAt = _time.GetUtcNow() + Backoff(record.Attempts);
                if (!_db.WebhookOutbox.Update(record))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutdown: the record stays in the outbox as last written.
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or ObjectDisposedException)
        {
            _log.LogError(ex, "Webhook delivery {Delivery} stopped; it stays in the outbox and resumes at the next start", record.Id);
        }
        finally
        {
            _flows.TryRemove(record.Id, out _);
            Interlocked.Decrement(ref _pending);
        }
    }

    private async Task<(WebhookResult, string?)> AttemptAsync(WebhookDeliveryRecord record, CancellationToken stop)
    {
        await _slots.WaitAsync(stop);
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
            var body = Encoding.UTF8.GetBytes(record.Body);
            using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.DeliveryHeader, record.Id);
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, _options.Secret!, _time.GetUtcNow()));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => (WebhookResult.Delivered, null),
                (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500 => (WebhookResult.HttpError, $"HTTP {status}"),
                _ => (WebhookResult.Refused, $"HTTP {status}"),
            };
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return (WebhookResult.Timeout, $"no answer within {_options.Timeout}");
        }
        catch (HttpRequestException ex)
        {
            return (WebhookResult.ConnectionError, ex.Message);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Exponential from <see cref="WebhookOptions.FirstRetryDelay"/>, capped, with "equal jitter": half fixed, half random.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var exponential = _options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(exponential, _options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }

    /// <summary>Kept for an operator and counted; logged once a minute as a summary, so an outage does not flood the log.</summary>
    private void DeadLetter(WebhookDeliveryRecord record, string reason, string? error)
    {
        var now = _time.GetUtcNow();
        record.DeadReason = reason;
        record.DeadAt = now;
        record.LastError = error;
        _db.WebhookDeadLetters.Upsert(record);
        _metrics.CountWebhookDead(reason);
        lock (_stop)
        {
            if (now - _deadWindowStart < TimeSpan.FromMinutes(1))
            {
                _deadInWindow++;
                return;
            }

            var before = _deadInWindow;
            (_deadWindowStart, _deadInWindow) = (now, 0);
            _log.LogWarning("Webhook delivery {Delivery} dead-lettered ({Reason}: {Error}) after {Attempts} attempts; {Before} more in the minute before",
                record.Id, reason, error, record.Attempts, before);
        }
    }
}
