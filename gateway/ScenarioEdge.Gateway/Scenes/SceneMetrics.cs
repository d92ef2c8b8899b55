using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The scene engine's counters, labelled by its own kinds and drop reasons.</summary>
public static class SceneMetrics
{
    private static readonly string[] Kinds = Enum.GetNames<SceneChangeKind>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();

    extension(GatewayMetrics metrics)
    {
        /// <summary>Scene transitions by kind.</summary>
        public LabelledCounter SceneTransitions =>
            metrics.Labelled("se_scene_transitions_total", "Scene transitions decided by the scene engine.", "kind", Kinds);

        /// <summary>Signals kept from the scene engine, by reason (missing consent, unknown wearable, too late).</summary>
        public LabelledCounter SceneSignalsDropped =>
            metrics.Labelled("se_scene_signals_dropped_total", "Signals kept from or dropped by the scene engine, by reason.", "reason", SceneDropReasons.Names);
    }

    /// <summary>Makes the counters at start (every label's series at 0).</summary>
    public static void Register(GatewayMetrics metrics)
    {
        _ = metrics.SceneTransitions;
        _ = metrics.SceneSignalsDropped;
    }
}
