using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>MQTT settings (section <c>Gateway:Broker</c>).</summary>
public sealed class BrokerOptions : IValidatableObject
{
    public BrokerMode Mode { get; set; } = BrokerMode.Embedded;

    /// <summary>Embedded broker: address to listen on.</summary>
    [Required]
    public string Address { get; set; } = "0.0.0.0";

    /// <summary>Embedded broker: MQTT port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>Embedded broker: whether the plain MQTT listener on <see cref="Port"/> runs.</summary>
    public bool PlainEnabled { get; set; } = true;

    /// <summary>Embedded broker: MQTT over TLS port; runs only when <c>Gateway:Tls:CertificatePath</c> is set; 0 = off.</summary>
    [Range(0, 65535)]
    public int TlsPort { get; set; } = 8883;

    /// <summary>
    /// Embedded broker: messages queued per subscribing client before the oldest is dropped (and counted in
    /// se_broker_queue_overwritten_total). Sized for app and display subscribers; ingest never subscribes.
    /// </summary>
    [Range(100, 1_000_000)]
    public int MaxPendingMessagesPerClient { get; set; } = 10_000;

    /// <summary>
    /// Embedded broker: largest MQTT packet accepted; a client announcing a larger one is disconnected before it is
    /// buffered. The default leaves room for the largest payload the protocol allows (256 KiB) plus topic and properties.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxPacketBytes { get; set; } = 320 * 1024;

    /// <summary>External broker: host name or address.</summary>
    public string? Host { get; set; }

    /// <summary>External broker: port.</summary>
    [Range(1, 65535)]
    public int ExternalPort { get; set; } = 1883;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>External broker: client id (a persistent session is kept under it).</summary>
    [Required]
    public string ClientId { get; set; } = "scenarioedge-gateway";

    /// <summary>External broker: MQTT 5 shared-subscription group, so several gateways split the uplinks; empty for none.</summary>
    public string? SharedGroup { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == BrokerMode.External && string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult(
                "Gateway:Broker:Host is required when Gateway:Broker:Mode is External (e.g. --Gateway:Broker:Host=127.0.0.1)",
                [nameof(Host)]);
        }
    }
}
