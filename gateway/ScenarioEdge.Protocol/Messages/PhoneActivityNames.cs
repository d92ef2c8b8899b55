using System.Collections.Frozen;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// The words phones use for their activity class, as the platforms spell them, mapped to <see cref="PhoneActivity"/>:
/// ours (<c>inVehicle</c> …), Android's <c>DetectedActivity</c> names (<c>ON_BICYCLE</c> …) and iOS's
/// <c>CMMotionActivity</c> properties (<c>automotive</c> …). Matched ignoring case: no two words differ only by case,
/// and apps often lower-case Android's constants. Android's <c>TILTING</c> (the phone's angle changed) says nothing
/// about what its owner does, so it is <see cref="PhoneActivity.Unknown"/>, like <c>UNKNOWN</c>.
/// </summary>
public static class PhoneActivityNames
{
    /// <summary>Every accepted word, for error messages and docs.</summary>
    public const string Accepted =
        "still, walking, running, cycling, inVehicle, unknown; Android STILL, ON_FOOT, WALKING, RUNNING, ON_BICYCLE, IN_VEHICLE, TILTING, UNKNOWN; iOS stationary, walking, running, cycling, automotive, unknown";

    private static readonly FrozenDictionary<string, PhoneActivity> Words = new Dictionary<string, PhoneActivity>(StringComparer.OrdinalIgnoreCase)
    {
        ["unknown"] = PhoneActivity.Unknown,
        ["still"] = PhoneActivity.Still,
        ["walking"] = PhoneActivity.Walking,
        ["running"] = PhoneActivity.Running,
        ["cycling"] = PhoneActivity.Cycling,
        ["inVehicle"] = PhoneActivity.InVehicle,
        ["ON_FOOT"] = PhoneActivity.Walking,
        ["ON_BICYCLE"] = PhoneActivity.Cycling,
        ["IN_VEHICLE"] = PhoneActivity.InVehicle,
        ["TILTING"] = PhoneActivity.Unknown,
        ["stationary"] = PhoneActivity.Still,
        ["automotive"] = PhoneActivity.InVehicle,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, PhoneActivity>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The activity a phone's word stands for; false for a word no platform uses.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out PhoneActivity activity) => Lookup.TryGetValue(word, out activity);

    /// <summary>The protocol's own word for an activity (what the gateway writes).</summary>
    public static string Name(PhoneActivity activity) => activity switch
    {
        PhoneActivity.Still => "still",
        PhoneActivity.Walking => "walking",
        PhoneActivity.Running => "running",
        PhoneActivity.Cycling => "cycling",
        PhoneActivity.InVehicle => "inVehicle",
        _ => "unknown",
    };
}
