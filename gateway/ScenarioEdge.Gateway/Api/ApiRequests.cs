namespace ScenarioEdge.Gateway.Api;

/// <summary>Body of POST /api/stores/{store}/devices.</summary>
public sealed record DeviceRequest(string Device, string? Kind, string? Zone, double X, double Y, List<string>? Displays);

/// <summary>Body of POST /api/keys.</summary>
public sealed record ApiKeyRequest(string Name, string Role);

/// <summary>Body of POST /api/observers.</summary>
public sealed record ObserverRequest(string Name);

/// <summary>
/// Body of POST /api/app/register: the consents the shopper gave in the app, and optionally the wearables the app
/// paired (their advertiser ids) and the heart rates the app knows.
/// </summary>
public sealed record RegistrationRequest(List<string> Consents, string NoticeVersion, List<string>? Wearables = null, int? RestingHr = null, int? MaxHr = null);

/// <summary>Body of PUT /api/shoppers/{shopper}/tags: the shopper's whole set of segment tags (an empty list clears them).</summary>
public sealed record TagsRequest(List<string>? Tags);

/// <summary>Body of PUT /api/app/me/consents/{purpose}.</summary>
public sealed record ConsentRequest(bool Granted, string NoticeVersion);
