namespace ScenarioEdge.Protocol;

/// <summary>Parses topics of protocol version 1 without allocating.</summary>
public static class TopicParser
{
    /// <summary>Parses <paramref name="topic"/>; false when it is not a well-formed topic of this protocol.</summary>
    public static bool TryParse(string topic, out TopicAddress address)
    {
        address = default;
        ArgumentNullException.ThrowIfNull(topic);
        var span = topic.AsSpan();
        if (!span.StartsWith("se/v1/", StringComparison.Ordinal))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[8];
        var rest = span[6..];
        var count = rest.Split(parts, '/');
        if (count is < 2 or > 6)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            parts[i] = new Range(parts[i].Start.Value + 6, parts[i].End.Value + 6);
        }

        var kind = Classify(span, parts[..count]);
        if (kind == TopicKind.Unknown)
        {
            return false;
        }

        var owner = parts[1];
        var appTopic = kind is TopicKind.AppActivity or TopicKind.AppFeedback or TopicKind.AppSightings or TopicKind.AppPush;
        var leaf = kind == TopicKind.Scene ? parts[2] : appTopic ? new Range(owner.End, owner.End) : parts[3];
        if (!Ids.IsValid(span[owner]) || (!appTopic && !Ids.IsValid(span[leaf])))
        {
            return false;
        }

        address = new TopicAddress(topic, kind, owner, leaf);
        return true;
    }

    internal static string UplinkSegment(AppUplinkKind kind) => kind switch
    {
        AppUplinkKind.Activity => "activity",
        AppUplinkKind.Feedback => "feedback",
        AppUplinkKind.Sightings => "sightings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown app uplink kind."),
    };

    private static TopicKind Classify(ReadOnlySpan<char> topic, ReadOnlySpan<Range> parts)
    {
        var first = topic[parts[0]];
        if (first.SequenceEqual("stores"))
        {
            if (parts.Length == 5 && topic[parts[2]].SequenceEqual("devices"))
            {
                return topic[parts[4]] switch
                {
                    "sightings" => TopicKind.Sightings,
                    "shelf" => TopicKind.Shelf,
                    "wearables" => TopicKind.Wearables,
                    "status" => TopicKind.Status,
                    "config" => TopicKind.Config,
                    "purchases" => TopicKind.Purchases,
                    "redemptions" => TopicKind.Redemptions,
                    "answers" => TopicKind.Answers,
                    _ => TopicKind.Unknown,
                };
            }

            return parts.Length == 4 && topic[parts[2]].SequenceEqual("displays") ? TopicKind.Display : TopicKind.Unknown;
        }

        if (first.SequenceEqual("apps"))
        {
            if (parts.Length == 3 && topic[parts[2]].SequenceEqual("push"))
            {
                return TopicKind.AppPush;
            }

            if (parts.Length == 4 && topic[parts[2]].SequenceEqual("up"))
            {
                return topic[parts[3]] switch
                {
                    "activity" => TopicKind.AppActivity,
                    "feedback" => TopicKind.AppFeedback,
                    "sightings" => TopicKind.AppSightings,
                    _ => TopicKind.Unknown,
                };
            }

            return TopicKind.Unknown;
        }

        return first.SequenceEqual("scenes") && parts.Length == 3 ? TopicKind.Scene : TopicKind.Unknown;
    }
}
