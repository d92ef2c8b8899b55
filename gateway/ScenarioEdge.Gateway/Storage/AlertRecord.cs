namespace ScenarioEdge.Gateway.Storage;

/// <summary>An external alert posted through the API (collection <c>alerts</c>), with the stores its area covered when posted.</summary>
public sealed class AlertRecord
{
    public string Id { get; set; } = "";

    /// <summary>Free kind chosen by the sender (weather, traffic, ...); campaigns match it by name.</summary>
    public string Kind { get; set; } = "";

    /// <summary>info, advisory, warning or severe.</summary>
    public string Severity { get; set; } = "";

    /// <summary>The area as listed stores; null for a point and radius.</summary>
    public List<string>? Stores { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? RadiusM { get; set; }

    /// <summary>The provisioned stores the area covered when the alert was posted.</summary>
    public List<string> CoveredStores { get; set; } = [];

    public DateTimeOffset ValidFrom { get; set; }

    public DateTimeOffset ValidUntil { get; set; }

    /// <summary>Plain text, shown as text.</summary>
    public string Text { get; set; } = "";

    public DateTimeOffset PostedAt { get; set; }

    /// <summary>The API key's name.</summary>
    public string PostedBy { get; set; } = "";
}
