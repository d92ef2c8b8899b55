namespace ScenarioEdge.Gateway.Scenes;

internal enum SceneWorkKind : byte
{
    Signal,
    Tick,
    Forget,
    ForgetHabit,
    ExpireHabits,
}
