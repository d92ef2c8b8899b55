using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// One shopper's latest scene change as far as late facts matter: its triggers that a campaign with a live-fact
/// condition listens to (as raised, event time and all), the campaigns decided for them so far, the live reading
/// they were last evaluated with, and the event time of the last second look (the rate limit). Changed only on the
/// shopper's scene partition worker, so it needs no lock.
/// </summary>
internal sealed class SecondLook
{
    public List<TriggerFact> Triggers { get; } = new(4);

    public List<DecidedCampaign> Decided { get; } = new(4);

    public LiveReading Seen { get; set; } = LiveReading.None;

    /// <summary>Event time (UTC ticks) of the last second look; 0 before the first.</summary>
    public long LookedAtTicks { get; set; }

    /// <summary>Event time (UTC ticks) of the scene change kept; read by a sweep on another worker, hence volatile.</summary>
    public long ChangedAtTicks
    {
        get => Volatile.Read(ref _changedAtTicks);
        set => Volatile.Write(ref _changedAtTicks, value);
    }

    private long _changedAtTicks;

    public void Clear()
    {
        Triggers.Clear();
        Decided.Clear();
    }

    /// <summary>Takes the triggers and decisions of a new scene change (the rate limit goes on).</summary>
    public void Take(SecondLook scene)
    {
        Clear();
        Triggers.AddRange(scene.Triggers);
        Decided.AddRange(scene.Decided);
        Seen = scene.Seen;
        ChangedAtTicks = scene.ChangedAtTicks;
    }
}
