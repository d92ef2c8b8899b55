using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// Sightings of one scanner over one publish interval (topic <c>.../devices/{device}/sightings</c>), or of one
/// phone (topic <c>se/v1/apps/{install}/up/sightings</c>). An empty batch is a valid heartbeat: it tells the
/// gateway that the scanner is alive and saw nobody up to <see cref="ProtocolMessage.Ts"/>, which lets event time
/// advance for absence decisions.
/// </summary>
public sealed record SightingsBatch : ProtocolMessage
{
    /// <summary>Most sightings one batch may carry.</summary>
    public const int MaxSightings = 2_000;

    /// <summary>The sightings; may be empty.</summary>
    [JsonPropertyName("sightings")]
    public List<Sighting> Sightings { get; set; } = [];

    /// <inheritdoc />
    protected override string? ValidateBody()
    {
        var error = Check.Count("sightings", Sightings, MaxSightings);
        if (error is not null)
        {
            return error;
        }

        for (var i = 0; i < Sightings.Count; i++)
        {
            if (Sightings[i] is null)
            {
                return $"sightings[{i}]: null";
            }

            error = Sightings[i].Validate(i);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }
}
