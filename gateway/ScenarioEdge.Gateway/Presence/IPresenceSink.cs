namespace ScenarioEdge.Gateway.Presence;

/// <summary>Receives presence transitions, on the partition worker that decided them (keep it quick, never block).</summary>
public interface IPresenceSink
{
    void OnTransition(PresenceTransition transition);
}
