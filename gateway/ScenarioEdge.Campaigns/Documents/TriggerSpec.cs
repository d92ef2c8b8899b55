using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class TriggerSpec
{
    [Description("Trigger kind: sceneEntered, sceneLeft, storeEntered, zoneEntered, dwellZone, dwellShelf, shopperLeft, shelfPick, shelfPutBack, pickAndPutBack, alert, timeWindow (purchase and onlineEvent are reserved).")]
    public string Kind { get; set; } = "";

    [Description("Scene state for sceneEntered, sceneLeft and timeWindow: commuting, exercising, resting, inStore.")]
    public string? Scene { get; set; }

    [Description("Local time window for timeWindow triggers, HH:mm to HH:mm in the store's time zone.")]
    public TimeRangeSpec? Window { get; set; }
}
