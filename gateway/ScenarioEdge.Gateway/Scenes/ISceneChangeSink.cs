namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Receives every scene change, on the partition worker that decided it (keep it quick, never block). Owned by the
/// scene folder so that a consumer (the campaign trigger stream) depends on scenes, never the other way round.
/// </summary>
public interface ISceneChangeSink
{
    void OnSceneChange(SceneChange change);
}
