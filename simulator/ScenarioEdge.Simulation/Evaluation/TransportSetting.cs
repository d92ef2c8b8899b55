namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// The free settings <c>evaluate-transport</c> fits on the training users of each fold: the acceleration spread at
/// which a phone counts as still and the weight of a still window, the trust in the sound level (0: unused) and its
/// quiet level.
/// </summary>
public readonly record struct TransportSetting(double Still, double Weight, double Sound, double QuietDb)
{
    public override string ToString() => FormattableString.Invariant($"{Still:0.###}/{Weight:0}/{(Sound == 0 ? "-" : $"{Sound:0.#}@{QuietDb:0}")}");
}
