using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// The rules for a shopper's segment tags: id-like (letters, digits, '-', '_', '.'), at most <see cref="MaxLength"/>
/// characters each, at most <see cref="MaxCount"/> of them, no repeats. Every problem is named at once.
/// </summary>
public static class ShopperTags
{
    public const int MaxCount = 32;

    public const int MaxLength = 40;

    public static List<string> Problems(IReadOnlyList<string?>? tags)
    {
        var problems = new List<string>();
        if (tags is null)
        {
            problems.Add("tags: required, a list (empty to clear)");
            return problems;
        }

        if (tags.Count > MaxCount)
        {
            problems.Add($"tags: {tags.Count} tags, at most {MaxCount}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag is null || tag.Length > MaxLength || !Ids.IsValid(tag))
            {
                problems.Add($"tags[{i}]: '{Shorten(tag)}' is not a tag: 1-{MaxLength} letters, digits, '-', '_' or '.'");
            }
            else if (!seen.Add(tag))
            {
                problems.Add($"tags[{i}]: '{tag}' appears twice");
            }
        }

        return problems;
    }

    // A refused value is echoed only in part: a problem message is no place for an attacker's kilobytes.
    private static string Shorten(string? value) => value is null ? "null" : value.Length <= MaxLength ? value : value[..MaxLength] + "…";
}
