namespace ScenarioEdge.Campaigns.Content;

/// <summary>What a template slot is filled with; <see cref="None"/> marks literal text.</summary>
public enum Placeholder : byte
{
    None,
    Store,
    Zone,
    Shelf,
    Product,
    Alert,
    /// <summary>Reserved for the personalisation issue ({profile.field}); refused at validation until then.</summary>
    Profile,
}
