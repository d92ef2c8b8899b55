using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>The push provider's webhook (section <c>Gateway:Webhook</c>); no <see cref="Url"/>, no webhook is sent.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Gateway:Webhook";

    /// <summary>Absolute http(s) URL the deliveries are POSTed to.</summary>
    public Uri? Url { get; set; }

    /// <summary>The shared secret the signature is made with (at least 32 characters; the receiver holds the same).</summary>
    public string? Secret { get; set; }

    /// <summary>Time one attempt may take, connection included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a delivery is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second attempt; doubled for each further one, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts in flight at once: a slow delivery holds one of them, never the others.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 8;

    /// <summary>Deliveries waiting (in flight or for a retry) at most; one more is dead-lettered as queue_full.</summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is null)
        {
            yield break;
        }

        if (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("an absolute http or https URL", [nameof(Url)]);
        }

        if (Secret is not { Length: >= 32 })
        {
            yield return new ValidationResult("required with a Url: at least 32 characters", [nameof(Secret)]);
        }
    }
}
