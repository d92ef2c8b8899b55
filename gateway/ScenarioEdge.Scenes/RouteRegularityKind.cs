namespace ScenarioEdge.Scenes;

/// <summary>What a shopper's route habit says about travelling now.</summary>
public enum RouteRegularityKind : byte
{
    /// <summary>Too few observed days (or no local time): the store-wide commute hours apply.</summary>
    NoHistory,
    /// <summary>Enough history, and the shopper travelled here at this time on most past days of this kind.</summary>
    Regular,
    /// <summary>Enough history, and this is not a trip the shopper usually makes: neither hours nor habit boost commuting.</summary>
    Irregular,
}
