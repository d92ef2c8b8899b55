using System.Collections.Frozen;

namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>Names of trigger kinds in documents, and which facts each kind carries (for placeholders and context).</summary>
public static class TriggerKinds
{
    private static readonly FrozenDictionary<string, TriggerKind> ByName = Enum.GetValues<TriggerKind>()
        .ToFrozenDictionary(Name, k => k, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static string Name(TriggerKind kind) => kind.ToString() is var s ? char.ToLowerInvariant(s[0]) + s[1..] : "";

    public static bool TryParse(string? name, out TriggerKind kind) => ByName.TryGetValue(name ?? "", out kind);

    public static bool IsReserved(TriggerKind kind) => kind is TriggerKind.OnlineEvent;

    /// <summary>Kinds that need a scene state in the trigger (and index by it).</summary>
    public static bool HasScene(TriggerKind kind) => kind is TriggerKind.SceneEntered or TriggerKind.SceneLeft or TriggerKind.TimeWindow;

    /// <summary>Kinds raised inside a store visit: their offers expire with the visit.</summary>
    public static bool IsInStore(TriggerKind kind) => kind is TriggerKind.StoreEntered or TriggerKind.ZoneEntered
        or TriggerKind.DwellZone or TriggerKind.DwellShelf or TriggerKind.ShelfPick or TriggerKind.ShelfPutBack
        or TriggerKind.PickAndPutBack;

    /// <summary>Kinds whose fact names a zone (their offers also expire when the shopper leaves that zone).</summary>
    public static bool HasZone(TriggerKind kind) => kind is TriggerKind.ZoneEntered or TriggerKind.DwellZone
        or TriggerKind.DwellShelf or TriggerKind.ShelfPick or TriggerKind.ShelfPutBack or TriggerKind.PickAndPutBack;

    public static bool HasShelf(TriggerKind kind) => kind is TriggerKind.DwellShelf or TriggerKind.ShelfPick
        or TriggerKind.ShelfPutBack or TriggerKind.PickAndPutBack;

    public static bool HasProduct(TriggerKind kind) => kind is TriggerKind.ShelfPick or TriggerKind.ShelfPutBack
        or TriggerKind.PickAndPutBack;

    /// <summary>Kinds whose fact carries a basket: the SKUs and categories bought and the total.</summary>
    public static bool HasBasket(TriggerKind kind) => kind is TriggerKind.Purchase;

    public static bool HasAlert(TriggerKind kind) => kind is TriggerKind.Alert;

    public static bool HasDwell(TriggerKind kind) => kind is TriggerKind.DwellZone or TriggerKind.DwellShelf;
}
