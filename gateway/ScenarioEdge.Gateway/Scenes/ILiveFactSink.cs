namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Told when a shopper's live signals (<see cref="LiveSignals"/>) took a new measurement that changed no scene, and
/// when they are forgotten; on the partition worker that owns the shopper (keep it quick, never block). Owned by the
/// scene folder so that its consumer (the campaigns' second look on late facts) depends on scenes, never the other way.
/// </summary>
public interface ILiveFactSink
{
    /// <summary><paramref name="signal"/> updated the shopper's live signals and moved none of their scene.</summary>
    void OnLiveFacts(in SceneSignal signal);

    /// <summary>The shopper's live signals were forgotten (activity consent withdrawn, erasure).</summary>
    void OnLiveFactsForgotten(string shopper);
}
