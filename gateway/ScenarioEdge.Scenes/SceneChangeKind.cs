namespace ScenarioEdge.Scenes;

/// <summary>What changed in a shopper's scene.</summary>
public enum SceneChangeKind
{
    /// <summary>Entered the store, in a zone.</summary>
    Entered,
    /// <summary>Moved to another zone of the store.</summary>
    ZoneChanged,
    /// <summary>Started dwelling in the current zone.</summary>
    DwellStarted,
    /// <summary>Left the store because nothing heard the shopper for the exit period.</summary>
    LeftSignalLost,
    /// <summary>Left the store because the phone reported being far from it.</summary>
    LeftMovedAway,
    /// <summary>Outside a store: the activity (commuting, exercising, resting, unknown) changed.</summary>
    ActivityChanged,
}
