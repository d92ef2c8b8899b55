namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// A model derived from an <see cref="IdentitySnapshot"/> by the folder that owns the model (the scene engine's
/// layouts and profiles): built on first use, once per snapshot however many readers ask, and dropped with the
/// snapshot, so it is never out of step with the identities it came from. Keep one instance per model, static.
/// </summary>
public sealed class SnapshotView<T>(Func<IdentitySnapshot, T> derive)
    where T : class
{
    internal T Derive(IdentitySnapshot snapshot) => derive(snapshot);
}
