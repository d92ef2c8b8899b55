using Microsoft.Extensions.Options;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>Fails start-up with a message naming the bad key.</summary>
internal sealed class ShelfOptionsValidator : IValidateOptions<ShelfOptions>
{
    public ValidateOptionsResult Validate(string? name, ShelfOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        var lanes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Lanes.Count; i++)
        {
            var lane = options.Lanes[i];
            if (!lanes.Add(lane.Lane))
            {
                errors.Add($"Shelf:Lanes:{i}: lane '{lane.Lane}' appears twice");
            }

            if (!Ids.IsValid(lane.Lane) || string.IsNullOrWhiteSpace(lane.Sku) || lane.UnitGrams <= 0 || lane.ToleranceGrams < 0 || lane.ToleranceGrams > lane.UnitGrams / 2)
            {
                errors.Add($"Shelf:Lanes:{i}: needs Lane (id), Sku, UnitGrams above 0 and ToleranceGrams from 0 to half of UnitGrams");
            }

            if (lane.DataPin == lane.ClockPin || lane.DataPin < 0 || lane.ClockPin < 0 || !Enum.IsDefined(lane.Gain) || lane.CountsPerGram == 0)
            {
                errors.Add($"Shelf:Lanes:{i}: DataPin and ClockPin must be two different BCM GPIO numbers, Gain A128, B32 or A64, CountsPerGram not 0");
            }
        }

        for (var i = 0; i < options.Presence.Count; i++)
        {
            var p = options.Presence[i];
            if (!Ids.IsValid(p.Sensor) || p.Pin < 0 || p.OnAfterMs < 0 || p.OffAfterMs < 0)
            {
                errors.Add($"Shelf:Presence:{i}: needs Sensor (id), Pin (BCM GPIO number), OnAfterMs and OffAfterMs of 0 or more");
            }
        }

        foreach (var d in options.Displays.Displays.Where(d => !Ids.IsValid(d.Id)))
        {
            errors.Add($"Shelf:Displays:Displays: '{d.Id}' is not a valid display id");
        }

        if (options.Displays.KioskPort is < 0 or > 65535 || options.Displays.PollMs < 100)
        {
            errors.Add("Shelf:Displays: KioskPort 0-65535, PollMs at least 100");
        }

        if (options.Pipeline.Validate() is { } pipeline)
        {
            errors.Add($"Shelf:Pipeline:{pipeline}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
