namespace ScenarioEdge.Gateway.Identity;

/// <summary>A registered app install (the id as the directory holds it, so callers need not allocate one) and its shopper.</summary>
public readonly record struct AppInstall(string Install, ShopperIdentity Shopper);
