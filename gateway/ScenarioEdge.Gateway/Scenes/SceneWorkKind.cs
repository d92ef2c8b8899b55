namespace ScenarioEdge.Gateway.Scenes;

internal enum SceneWorkKind : byte
{
    Signal,
    Tick,
    Forget,
    /// <summary>A shelf event, to every partition: report shoppers in the shelf's zone.</summary>
    Shelf,
    /// <summary>A shelf event attributed to one shopper, to that shopper's partition.</summary>
    ShelfAttribution,
    ForgetHabit,
    ExpireHabits,
}
