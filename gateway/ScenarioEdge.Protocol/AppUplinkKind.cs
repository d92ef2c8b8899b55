namespace ScenarioEdge.Protocol;

/// <summary>The kinds of app uplink, each on its own topic leaf under <c>se/v1/apps/{install}/up/</c>.</summary>
public enum AppUplinkKind
{
    /// <summary>The phone's activity class, speed and coarse distance to the store: <see cref="Messages.AppActivity"/>.</summary>
    Activity,
    /// <summary>Feedback on a push (delivered, opened, redeemed): <see cref="Messages.AppFeedback"/>.</summary>
    Feedback,
    /// <summary>Beacon sightings the phone made: <see cref="Messages.SightingsBatch"/>.</summary>
    Sightings,
}
