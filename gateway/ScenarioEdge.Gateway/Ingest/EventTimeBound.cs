using Microsoft.Extensions.Options;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// How far ahead of the gateway's clock an event time may be (<see cref="GatewayOptions.MaxClockSkewAhead"/>).
/// Event times drive absence decisions: one dated years ahead would end every visit at once.
/// </summary>
public sealed class EventTimeBound(IOptions<GatewayOptions> options, TimeProvider time)
{
    private readonly TimeSpan _maxAhead = options.Value.MaxClockSkewAhead;

    /// <summary>Null when every event time of <paramref name="message"/> is within the bound, else the problem.</summary>
    public string? Check(ProtocolMessage message)
    {
        var limit = time.GetUtcNow() + _maxAhead;
        if (message.Ts > limit)
        {
            return Problem("ts", message.Ts, limit);
        }

        if (message is SightingsBatch batch)
        {
            for (var i = 0; i < batch.Sightings.Count; i++)
            {
                if (batch.Sightings[i].Ts > limit)
                {
                    return Problem($"sightings[{i}].ts", batch.Sightings[i].Ts, limit);
                }
            }
        }

        return null;
    }

    private string Problem(string field, DateTimeOffset at, DateTimeOffset limit) =>
        $"{field}: {at:O} is more than {_maxAhead} ahead of the gateway's clock ({limit - _maxAhead:O}); check the sender's clock (Gateway:MaxClockSkewAhead)";
}
