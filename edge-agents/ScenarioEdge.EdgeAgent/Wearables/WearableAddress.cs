using ScenarioEdge.EdgeAgent.Ble;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>An LE device address and whether it is random (static) rather than public: a connection needs both.</summary>
internal readonly record struct WearableAddress(ulong Value, bool Random)
{
    public const string RandomSuffix = "/random";
    public const string PublicSuffix = "/public";

    /// <summary>Reads <c>C0:FF:EE:00:11:22</c>, optionally followed by <c>/random</c> or <c>/public</c> (the default).</summary>
    public static bool TryParse(string? text, out WearableAddress address)
    {
        address = default;
        if (text is null)
        {
            return false;
        }

        var random = text.EndsWith(RandomSuffix, StringComparison.OrdinalIgnoreCase);
        var bare = random ? text[..^RandomSuffix.Length] : text.EndsWith(PublicSuffix, StringComparison.OrdinalIgnoreCase) ? text[..^PublicSuffix.Length] : text;
        if (!BluetoothAddress.TryParse(bare, out var value))
        {
            return false;
        }

        address = new WearableAddress(value, random);
        return true;
    }

    public override string ToString() => BluetoothAddress.Format(Value) + (Random ? RandomSuffix : PublicSuffix);
}
