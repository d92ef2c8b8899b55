using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>What kind of advertiser a sighting is of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdvertiserKind>))]
public enum AdvertiserKind
{
    /// <summary>Not recognised; the advertiser id is the (random) address and never treated as a person.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown = 0,
    /// <summary>A consenting shopper's app advertising its rotating token; <c>adv</c> is the token in lower-case hex.</summary>
    [JsonStringEnumMemberName("shopperToken")] ShopperToken,
    /// <summary>An iBeacon; <c>adv</c> is <c>uuid:major:minor</c>.</summary>
    [JsonStringEnumMemberName("ibeacon")] IBeacon,
    /// <summary>An AltBeacon; <c>adv</c> is the 20-byte beacon id in hex.</summary>
    [JsonStringEnumMemberName("altbeacon")] AltBeacon,
    /// <summary>An Eddystone beacon (UID, URL, TLM or EID frame); <c>adv</c> is namespace+instance, or the EID.</summary>
    [JsonStringEnumMemberName("eddystone")] Eddystone,
    /// <summary>A registered wearable (heart-rate strap, running pod, cycling sensor), by its resolved identity.</summary>
    [JsonStringEnumMemberName("wearable")] Wearable,
}
