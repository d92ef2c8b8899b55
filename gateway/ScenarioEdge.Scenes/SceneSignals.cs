using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Flattens protocol messages into scene signals. The one translation both the live ingest and the evaluation
/// replay use, so what is evaluated is what runs.
/// </summary>
public static class SceneSignals
{
    public static SceneSignal Sighting(string shopper, string store, string scanner, string zone, StoreLayout? layout, double rssi, DateTimeOffset at, long arrival)
    {
        var (dwell, shelf) = layout?.Zone(zone) ?? default;
        return Empty(SignalKind.Sighting, shopper, at, arrival) with
        {
            Store = store,
            Layout = layout,
            Scanner = scanner,
            Zone = zone,
            ZoneDwellTicks = dwell,
            ZoneShelf = shelf,
            Rssi = rssi,
            LocalHour = layout?.LocalHour(at) ?? double.NaN,
        };
    }

    public static SceneSignal Wearable(ShopperProfile shopper, WearableSample s, StoreLayout? layout, long arrival) =>
        Empty(SignalKind.Wearable, shopper.Id, s.Ts, arrival) with
        {
            // A strap without skin contact measures nothing worth a vote.
            HeartRate = s.SensorContact == false || s.HeartRateBpm is null ? double.NaN : s.HeartRateBpm.Value,
            RestingHeartRate = shopper.RestingHeartRate,
            MaxHeartRate = shopper.MaxHeartRate,
            CadenceSpm = s.CadenceSpm ?? double.NaN,
            RunningBit = s.Running is null ? (sbyte)-1 : s.Running.Value ? (sbyte)1 : (sbyte)0,
            CadenceRpm = s.CadenceRpm ?? double.NaN,
            SpeedMps = s.SpeedMps ?? double.NaN,
            LocalHour = layout?.LocalHour(s.Ts) ?? double.NaN,
        };

    public static SceneSignal Phone(string shopper, AppActivity a, StoreLayout? layout, long arrival) =>
        Empty(SignalKind.Phone, shopper, a.Ts, arrival) with
        {
            Store = a.Store,
            Phone = a.Activity,
            PhoneConfidence = a.ConfidenceShare ?? double.NaN,
            SpeedMps = a.SpeedMps ?? double.NaN,
            AccelStdMps2 = a.AccelStdMps2 ?? double.NaN,
            SoundDb = a.SoundDb ?? double.NaN,
            DistanceToStoreM = a.DistanceToStoreM ?? double.NaN,
            LocalHour = layout?.LocalHour(a.Ts) ?? double.NaN,
        };

    /// <summary>
    /// Heart-rate reserve of a wearable signal as a share (0 to 1.2): the shopper's own resting and maximum rates when
    /// known, the population defaults otherwise. The one formula the scene judge and the campaign facts share.
    /// </summary>
    public static double HeartRateReserve(in SceneSignal s, ActivityOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var rest = double.IsNaN(s.RestingHeartRate) ? o.DefaultRestingHeartRate : s.RestingHeartRate;
        var max = double.IsNaN(s.MaxHeartRate) ? o.DefaultMaxHeartRate : s.MaxHeartRate;
        return Math.Clamp((s.HeartRate - rest) / Math.Max(20, max - rest), 0, 1.2);
    }

    private static SceneSignal Empty(SignalKind kind, string shopper, DateTimeOffset at, long arrival) => new()
    {
        Kind = kind,
        Shopper = shopper,
        AtTicks = at.UtcTicks,
        Arrival = arrival,
        LocalHour = double.NaN,
        Rssi = double.NaN,
        HeartRate = double.NaN,
        RestingHeartRate = double.NaN,
        MaxHeartRate = double.NaN,
        CadenceSpm = double.NaN,
        RunningBit = -1,
        CadenceRpm = double.NaN,
        SpeedMps = double.NaN,
        AccelStdMps2 = double.NaN,
        SoundDb = double.NaN,
        PhoneConfidence = double.NaN,
        DistanceToStoreM = double.NaN,
    };
}
