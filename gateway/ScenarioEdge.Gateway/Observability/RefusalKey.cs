namespace ScenarioEdge.Gateway.Observability;

/// <summary>Who was refused and why: the unit <see cref="RefusalLog"/> summarises by.</summary>
internal readonly record struct RefusalKey(string Client, string Reason);
