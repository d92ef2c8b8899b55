using System.Globalization;
using System.Security.Cryptography;

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// Message ids unique per sender across restarts: a random prefix drawn at start plus a sequence number. The
/// gateway counts a QoS 1 redelivery once by this id.
/// </summary>
public sealed class MessageIds(string kind)
{
    private readonly string prefix = $"{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
    private long sequence;

    public string Next() => $"{prefix}-{Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture)}";
}
