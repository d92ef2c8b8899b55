namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>
/// Body of <c>POST /api/alerts</c>. <see cref="Id"/> is optional: when given, posting the same alert again answers
/// the first one instead of raising it twice (a sender's retry).
/// </summary>
public sealed record AlertRequest(
    string? Id, string? Kind, string? Severity, AlertAreaRequest? Area, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string? Text);

/// <summary>Either <see cref="Stores"/>, or a point (WGS 84 degrees) and a radius in metres.</summary>
public sealed record AlertAreaRequest(List<string>? Stores, double? Latitude, double? Longitude, double? RadiusM);
