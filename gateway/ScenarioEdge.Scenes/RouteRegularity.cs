namespace ScenarioEdge.Scenes;

/// <summary>
/// The route habit's verdict for one signal: on <see cref="Days"/> of the last <see cref="Of"/> observed days of the
/// same kind (weekday or weekend) the shopper travelled in this time slot along a similar place signature.
/// <see cref="Boost"/> is the extra commuting weight of travel evidence (0 unless regular).
/// </summary>
public readonly record struct RouteRegularity(RouteRegularityKind Kind, byte Days, byte Of, bool Weekend, float Boost)
{
    public bool HasHistory => Kind != RouteRegularityKind.NoHistory;
}
