using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// An authenticated MQTT client and what it may do: a device publishes only under its own subtree and subscribes
/// only to its own config and the displays it hosts; an app publishes only its own uplinks and subscribes only to its
/// own pushes; an observer reads <c>se/v1/#</c> and publishes nothing. A point of sale (<see cref="IsPos"/>) publishes
/// only purchases, redemption requests and its status, and reads its own answers; other devices publish no POS topic.
/// </summary>
public sealed record ClientPrincipal(PrincipalKind Kind, string Store, string Id, IReadOnlySet<string> Displays)
{
    /// <summary>The MQTT user name this principal logs in with.</summary>
    public string UserName => Kind switch
    {
        PrincipalKind.Device => $"{Store}/{Id}",
        PrincipalKind.App => $"app:{Id}",
        _ => $"observer:{Id}",
    };

    /// <summary>A device that is a point of sale (kind <c>pos</c>).</summary>
    public bool IsPos { get; init; }

    public static ClientPrincipal Device(string store, string device, IReadOnlySet<string>? displays = null) =>
        new(PrincipalKind.Device, store, device, displays ?? new HashSet<string>());

    public static ClientPrincipal App(string install) => new(PrincipalKind.App, "", install, new HashSet<string>());

    public static ClientPrincipal Observer(string name) => new(PrincipalKind.Observer, "", name, new HashSet<string>());

    /// <summary>Whether this principal may publish to the parsed topic.</summary>
    public bool MayPublish(in TopicAddress topic) => Kind switch
    {
        PrincipalKind.Device => topic.IsDeviceUplink && topic.Owner.SequenceEqual(Store) && topic.Leaf.SequenceEqual(Id)
            && (topic.Kind == TopicKind.Status || topic.IsPosUplink == IsPos),
        PrincipalKind.App => topic.IsAppUplink && topic.Owner.SequenceEqual(Id),
        _ => false,
    };

    /// <summary>Whether this principal may subscribe to <paramref name="filter"/>.</summary>
    public bool MaySubscribe(string filter)
    {
        switch (Kind)
        {
            case PrincipalKind.Observer:
                return filter.StartsWith(Topics.Root + "/", StringComparison.Ordinal) || filter == Topics.Root;
            case PrincipalKind.App:
                return string.Equals(filter, Topics.AppPush(Id), StringComparison.Ordinal);
            default:
                if (string.Equals(filter, Topics.Config(Store, Id), StringComparison.Ordinal)
                    || (IsPos && string.Equals(filter, Topics.Answers(Store, Id), StringComparison.Ordinal)))
                {
                    return true;
                }

                return TopicParser.TryParse(filter, out var topic)
                    && topic.Kind == TopicKind.Display
                    && topic.Owner.SequenceEqual(Store)
                    && Displays.Contains(topic.Leaf.ToString());
        }
    }
}
