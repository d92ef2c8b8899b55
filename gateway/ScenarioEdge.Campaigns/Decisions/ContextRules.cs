using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// Whether the context that triggered a message still holds, checked by the host right before a deferred or queued
/// message goes out. In-store offers always expire with their context: the same store visit, and for zone and shelf
/// triggers the same zone. With the dropIfContextEnded policy a scene trigger also needs the shopper still in that
/// scene.
/// </summary>
public static class ContextRules
{
    public static bool StillValid(in TriggerFact origin, QuietHoursPolicy policy, in ShopperContext now)
    {
        if (TriggerKinds.IsInStore(origin.Kind)
            && (now.Store != origin.Store || now.Visit is null || now.Visit != origin.Visit))
        {
            return false;
        }

        if (TriggerKinds.HasZone(origin.Kind) && now.Zone != origin.Zone)
        {
            return false;
        }

        return policy != QuietHoursPolicy.DropIfContextEnded
            || origin.Kind is not (TriggerKind.SceneEntered or TriggerKind.TimeWindow)
            || now.Scene == origin.Scene;
    }
}
