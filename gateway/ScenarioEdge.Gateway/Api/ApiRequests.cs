namespace ScenarioEdge.Gateway.Api;

/// <summary>Body of POST /api/stores/{store}/devices.</summary>
public sealed record DeviceRequest(string Device, string? Kind, string? Zone, double X, double Y, List<string>? Displays);

/// <summary>Body of POST /api/keys.</summary>
public sealed record ApiKeyRequest(string Name, string Role);

/// <summary>Body of POST /api/observers.</summary>
public sealed record ObserverRequest(string Name);

/// <summary>Body of POST /api/app/register.</summary>
public sealed record RegistrationRequest(List<string> Consents, string NoticeVersion);

/// <summary>Body of PUT /api/app/me/consents/{purpose}.</summary>
public sealed record ConsentRequest(bool Granted, string NoticeVersion);
