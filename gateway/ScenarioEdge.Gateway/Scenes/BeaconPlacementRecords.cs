using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The edge between LiteDB and the scene model for store beacons.</summary>
public static class BeaconPlacementRecords
{
    extension(BeaconPlacement)
    {
        /// <summary>The placement of a stored beacon; null when its kind is not a beacon kind.</summary>
        public static BeaconPlacement? Of(BeaconRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            return BeaconPlacement.Create(record.Store, record.Zone, record.Beacon, record.Kind, record.RssiAt1m, record.RxOffsetDb);
        }
    }
}
