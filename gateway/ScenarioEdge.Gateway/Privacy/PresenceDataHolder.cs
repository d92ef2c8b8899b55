using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// The scene engine's in-memory state of a shopper (zone, dwell, activity evidence): not exported (it lives minutes),
/// erased at once through the partition that owns it. Withdrawing presence or activity consent drops it.
/// </summary>
public sealed class PresenceDataHolder(SceneEngine scenes) : IShopperDataHolder
{
    public string Name => "presence";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Presence, ConsentPurposes.Activity };

    public IReadOnlyList<object> Export(string shopper) => [];

    public int EraseData(string shopper)
    {
        // The forget travels through the owner's bounded queue; not waiting keeps erasure synchronous for the caller.
        _ = scenes.ForgetAsync(shopper, CancellationToken.None).AsTask();
        return 0;
    }

    // Scene state expires by itself when a shopper goes idle.
    public int ExpireBefore(DateTime cutoff) => 0;
}
