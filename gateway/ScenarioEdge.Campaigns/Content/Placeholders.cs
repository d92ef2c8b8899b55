using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Content;

/// <summary>Which placeholders a trigger kind can fill: a template asking for more is refused at validation.</summary>
public static class Placeholders
{
    public static bool CanFill(Placeholder placeholder, TriggerKind kind) => placeholder switch
    {
        Placeholder.None or Placeholder.Store => true,
        Placeholder.Zone => TriggerKinds.HasZone(kind),
        Placeholder.Shelf => TriggerKinds.HasShelf(kind),
        Placeholder.Product => TriggerKinds.HasProduct(kind),
        Placeholder.Alert => TriggerKinds.HasAlert(kind),
        _ => false,
    };

    public static string Why(Placeholder placeholder, TriggerKind kind) => placeholder == Placeholder.Profile
        ? "{profile.…} placeholders are reserved for personalisation and cannot be filled yet"
        : $"{{{placeholder.ToString().ToLowerInvariant()}}} cannot be filled by a {TriggerKinds.Name(kind)} trigger";
}
