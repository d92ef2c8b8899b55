using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// Provisioned devices by store and device id, read from LiteDB into frozen maps so that the per-message lookup
/// takes spans of the topic and allocates nothing. <see cref="Reload"/> after provisioning changes.
/// </summary>
public sealed class DeviceRegistry
{
    private readonly GatewayDatabase _database;
    private FrozenDictionary<string, FrozenDictionary<string, DeviceRecord>> _stores = FrozenDictionary<string, FrozenDictionary<string, DeviceRecord>>.Empty;
    private FrozenDictionary<string, (string Install, string Shopper)> _installs = FrozenDictionary<string, (string Install, string Shopper)>.Empty;

    public DeviceRegistry(GatewayDatabase database)
    {
        _database = database;
        ReadAll();
    }

    /// <summary>Raised after <see cref="Reload"/>.</summary>
    public event Action? Changed;

    /// <summary>Reads devices and app installs again.</summary>
    public void Reload()
    {
        ReadAll();
        Changed?.Invoke();
    }

    private void ReadAll()
    {
        _stores = _database.Devices.FindAll()
            .GroupBy(d => d.Store, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(d => d.Device, StringComparer.Ordinal), StringComparer.Ordinal);
        _installs = _database.Shoppers.FindAll()
            .SelectMany(s => s.Installs.Select(i => (Install: i, Shopper: s.Id)))
            .ToFrozenDictionary(x => x.Install, x => x, StringComparer.Ordinal);
    }

    public bool TryGetDevice(ReadOnlySpan<char> store, ReadOnlySpan<char> device, out DeviceRecord record)
    {
        record = null!;
        return _stores.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(store, out var devices)
            && devices.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(device, out record!);
    }

    /// <summary>The registered install id (as a string) and the shopper it belongs to.</summary>
    public bool TryGetInstall(ReadOnlySpan<char> install, out (string Install, string Shopper) entry) =>
        _installs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(install, out entry);

    public bool HasStore(ReadOnlySpan<char> store) => _stores.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(store);
}
