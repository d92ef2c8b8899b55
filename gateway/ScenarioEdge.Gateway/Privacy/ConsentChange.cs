namespace ScenarioEdge.Gateway.Privacy;

/// <summary>One entry of a shopper's consent history.</summary>
public sealed record ConsentChange(string Purpose, bool Granted, string NoticeVersion, DateTime At, string Source);
