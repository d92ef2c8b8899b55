namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// Raised after provisioning wrote stores, zones or devices, so that caches over them (the campaign catalog) are
/// dropped once, by whoever listens, instead of every writer knowing every cache. A leaf of Storage: writers and
/// readers depend on it, it on nothing.
/// </summary>
public sealed class ProvisioningChanges
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
