namespace ScenarioEdge.Gateway.Api;

/// <summary>Authorization policies of the HTTP API.</summary>
public static class Policies
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";

    /// <summary>A store's point of sale: an operator key, or a pos device's login (only for its own store; the endpoint checks the store).</summary>
    public const string Till = "till";

    /// <summary>A shopper's own app, by its install token.</summary>
    public const string App = "app";
}
