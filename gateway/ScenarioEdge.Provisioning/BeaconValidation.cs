using ScenarioEdge.Protocol;

namespace ScenarioEdge.Provisioning;

/// <summary>Checks a scenario's beacons: ids, kinds, advertiser ids, zones, calibration.</summary>
internal static class BeaconValidation
{
    private static readonly string[] Kinds = ["ibeacon", "altbeacon", "eddystone"];

    public static string? Validate(StoreSpec store, HashSet<string> zones)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var advs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < store.Beacons.Count; i++)
        {
            var beacon = store.Beacons[i];
            if (!Ids.IsValid(beacon.Beacon) || !ids.Add(beacon.Beacon))
            {
                return $"store.beacons[{i}].beacon: '{beacon.Beacon}' is invalid or repeated";
            }

            if (!Kinds.Contains(beacon.Kind, StringComparer.Ordinal))
            {
                return $"store.beacons[{i}].kind: '{beacon.Kind}' is not one of {string.Join(", ", Kinds)}";
            }

            if (string.IsNullOrWhiteSpace(beacon.Adv) || beacon.Adv.Length > 128 || !advs.Add(beacon.Adv))
            {
                return $"store.beacons[{i}].adv: '{beacon.Adv}' must be 1-128 characters and not repeated";
            }

            if (!zones.Contains(beacon.Zone))
            {
                return $"store.beacons[{i}].zone: unknown zone '{beacon.Zone}' (zones: {string.Join(", ", zones)})";
            }

            if (beacon.RssiAt1m is < -127 or > 20 || beacon.RxOffsetDb is < -40 or > 40)
            {
                return $"store.beacons[{i}]: rssiAt1m must be -127..20 dBm and rxOffsetDb -40..40 dB";
            }
        }

        return null;
    }
}
