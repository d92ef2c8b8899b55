namespace ScenarioEdge.Protocol;

/// <summary>
/// Builds the MQTT topics of protocol version 1. Topics carry the routing (store, device, install);
/// payloads carry the facts. Every id segment must pass <see cref="Ids.IsValid(ReadOnlySpan{char})"/>.
/// </summary>
public static class Topics
{
    /// <summary>Prefix of every topic of this protocol version.</summary>
    public const string Root = "se/v1";

    /// <summary>Filter that matches every topic of this protocol version.</summary>
    public const string All = "se/v1/#";

    /// <summary>Filter that matches every message an edge device publishes.</summary>
    public const string AllDeviceUplinks = "se/v1/stores/+/devices/+/+";

    /// <summary>Filter that matches every message an app publishes.</summary>
    public const string AllAppUplinks = "se/v1/apps/+/up/+";

    /// <summary>Batched BLE sightings from one scanner (device → gateway, QoS 1).</summary>
    public static string Sightings(string store, string device) => Device(store, device, "sightings");

    /// <summary>Load-cell and presence events from one shelf device (device → gateway, QoS 1).</summary>
    public static string Shelf(string store, string device) => Device(store, device, "shelf");

    /// <summary>Activity samples decoded from standard BLE wearable profiles (device → gateway, QoS 1).</summary>
    public static string Wearables(string store, string device) => Device(store, device, "wearables");

    /// <summary>Retained birth and health message; the MQTT will message marks the device offline.</summary>
    public static string Status(string store, string device) => Device(store, device, "status");

    /// <summary>Purchases recorded by one point of sale (device → gateway, QoS 1).</summary>
    public static string Purchases(string store, string device) => Device(store, device, "purchases");

    /// <summary>Coupon redemption requests of one point of sale (device → gateway, QoS 1).</summary>
    public static string Redemptions(string store, string device) => Device(store, device, "redemptions");

    /// <summary>Answers to one point of sale's redemption requests (gateway → device, QoS 1, not retained).</summary>
    public static string Answers(string store, string device) => Device(store, device, "answers");

    /// <summary>Retained configuration for one device (gateway → device).</summary>
    public static string Config(string store, string device) => Device(store, device, "config");

    /// <summary>Retained content of one shelf display (gateway → device).</summary>
    public static string Display(string store, string display)
    {
        Ids.ThrowIfInvalid(store, nameof(store));
        Ids.ThrowIfInvalid(display, nameof(display));
        return $"{Root}/stores/{store}/displays/{display}";
    }

    /// <summary>App uplink of one kind (app → gateway, QoS 1).</summary>
    public static string AppUplink(string install, AppUplinkKind kind)
    {
        Ids.ThrowIfInvalid(install, nameof(install));
        return $"{Root}/apps/{install}/up/{TopicParser.UplinkSegment(kind)}";
    }

    /// <summary>Proximity pushes to one app install (gateway → app, QoS 1).</summary>
    public static string AppPush(string install)
    {
        Ids.ThrowIfInvalid(install, nameof(install));
        return $"{Root}/apps/{install}/push";
    }

    /// <summary>Scene transitions of one pseudonymous shopper in one store (gateway → operators).</summary>
    public static string Scene(string store, string shopper)
    {
        Ids.ThrowIfInvalid(store, nameof(store));
        Ids.ThrowIfInvalid(shopper, nameof(shopper));
        return $"{Root}/scenes/{store}/{shopper}";
    }

    private static string Device(string store, string device, string leaf)
    {
        Ids.ThrowIfInvalid(store, nameof(store));
        Ids.ThrowIfInvalid(device, nameof(device));
        return $"{Root}/stores/{store}/devices/{device}/{leaf}";
    }
}
