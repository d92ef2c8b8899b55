using ScenarioEdge.EdgeAgent.Decoding.Gatt;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>
/// Turns one notified measurement value of one wearable into the protocol's <see cref="WearableSample"/>, with the
/// existing decoders; keeps the previous CSC measurement to derive speed and cadence. A sample the gateway would
/// refuse is dropped here with its reason, so the outbox never carries it.
/// </summary>
internal sealed class WearableSampleFactory(string adv, double wheelCircumferenceM)
{
    private const int MaxRrIntervals = 64;
    private CscMeasurement? previousCsc;

    /// <summary>The validation message of the last sample dropped as out of range.</summary>
    public string? LastProblem { get; private set; }

    public WearableSample? Create(WearableProfile profile, ReadOnlySpan<byte> value, string id, DateTimeOffset ts, out WearableDropReason dropped)
    {
        var sample = profile switch
        {
            WearableProfile.HeartRate => HeartRateMeasurement.TryParse(value, out var hr) ? HeartRate(hr!, id, ts) : null,
            WearableProfile.RunningSpeedCadence => RscMeasurement.TryParse(value, out var rsc) ? Running(rsc!, id, ts) : null,
            WearableProfile.CyclingSpeedCadence => CscMeasurement.TryParse(value, out var csc) ? Cycling(csc!, id, ts) : null,
            _ => null,
        };
        if (sample is null)
        {
            dropped = WearableDropReason.Malformed;
            return null;
        }

        LastProblem = sample.Validate();
        dropped = LastProblem is null ? WearableDropReason.None : WearableDropReason.OutOfRange;
        return LastProblem is null ? sample : null;
    }

    private WearableSample HeartRate(HeartRateMeasurement m, string id, DateTimeOffset ts) => new()
    {
        Id = id, Ts = ts, Adv = adv, Profile = WearableProfile.HeartRate,
        HeartRateBpm = m.HeartRateBpm, SensorContact = m.SensorContact, EnergyKj = m.EnergyKj,
        // More RR intervals than the protocol takes only fit a long MTU after a stall; the oldest matter least.
        RrMs = m.RrMs.Length == 0 ? null : [.. m.RrMs.AsSpan(Math.Max(0, m.RrMs.Length - MaxRrIntervals))],
    };

    private WearableSample Running(RscMeasurement m, string id, DateTimeOffset ts) => new()
    {
        Id = id, Ts = ts, Adv = adv, Profile = WearableProfile.RunningSpeedCadence,
        SpeedMps = m.SpeedMps, CadenceSpm = m.CadenceSpm, StrideM = m.StrideM, DistanceM = m.DistanceM, Running = m.Running,
    };

    private WearableSample Cycling(CscMeasurement m, string id, DateTimeOffset ts)
    {
        var (speed, cadence) = previousCsc is null ? (null, null) : m.RatesSince(previousCsc, wheelCircumferenceM);
        previousCsc = m;
        return new WearableSample
        {
            Id = id, Ts = ts, Adv = adv, Profile = WearableProfile.CyclingSpeedCadence,
            WheelRevolutions = m.WheelRevolutions, WheelEventTime = m.WheelEventTime,
            CrankRevolutions = m.CrankRevolutions, CrankEventTime = m.CrankEventTime,
            // A sensor whose counters reset (battery change) yields an absurd difference once: leave the rate out.
            SpeedMps = speed is >= 0 and <= 100 ? speed : null,
            CadenceRpm = cadence is >= 0 and <= 300 ? cadence : null,
        };
    }
}
