namespace ScenarioEdge.Scenes;

/// <summary>Fading votes of one signal family (motion, speed, phone, heart, stride) for the three activities.</summary>
internal struct FamilyEvidence
{
    public double Commute;
    public double Exercise;
    public double Rest;
    public double Mass;
    public long At;

    /// <summary>Fades older votes with exp(−age/τ), then adds this one (shares summing to at most 1, times its weight).</summary>
    public void Vote(long at, double timeConstantTicks, double commute, double exercise, double rest, double weight)
    {
        if (At != 0 && at > At)
        {
            var f = Math.Exp(-(at - At) / timeConstantTicks);
            Commute *= f;
            Exercise *= f;
            Rest *= f;
            Mass *= f;
        }

        At = Math.Max(At, at);
        Commute += weight * commute;
        Exercise += weight * exercise;
        Rest += weight * rest;
        Mass += weight * (commute + exercise + rest);
    }
}
