using System.Security.Cryptography;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// Resolves private addresses against the configured IRKs of registered devices. AES runs once per new address;
/// the answer is cached, so steady-state lookups are a dictionary hit. Not thread-safe: one owner calls it.
/// </summary>
internal sealed class RpaResolver : IDisposable
{
    private const int MaxCachedAddresses = 50_000;
    private readonly (string Name, Aes Key)[] irks;
    private readonly Dictionary<ulong, int> cache = [];

    public RpaResolver(IEnumerable<KeyValuePair<string, byte[]>> namedIrks) =>
        irks = [.. namedIrks.Select(p => (p.Key, ResolvablePrivateAddress.CreateKey(p.Value)))];

    public int Count => irks.Length;

    /// <summary>Configured name of the IRK at <paramref name="index"/>.</summary>
    public string NameOf(int index) => irks[index].Name;

    /// <summary>Returns the configured name of the device behind <paramref name="address"/>, or null.</summary>
    public string? Resolve(ulong address, byte addressType)
    {
        var index = ResolveIndex(address, addressType);
        return index < 0 ? null : irks[index].Name;
    }

    /// <summary>Returns the index of the IRK that generated <paramref name="address"/>, or -1.</summary>
    public int ResolveIndex(ulong address, byte addressType)
    {
        if (irks.Length == 0 || !ResolvablePrivateAddress.IsResolvable(address, addressType))
        {
            return -1;
        }

        if (!cache.TryGetValue(address, out var index))
        {
            if (cache.Count >= MaxCachedAddresses)
            {
                cache.Clear();
            }

            index = -1;
            for (var i = 0; i < irks.Length && index < 0; i++)
            {
                if (ResolvablePrivateAddress.Matches(irks[i].Key, address))
                {
                    index = i;
                }
            }

            cache[address] = index;
        }

        return index;
    }

    public void Dispose()
    {
        foreach (var (_, key) in irks)
        {
            key.Dispose();
        }
    }
}
