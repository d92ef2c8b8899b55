namespace ScenarioEdge.Protocol;

/// <summary>
/// Rules for ids that appear as topic segments (store, device, display, install, shopper) and as message ids:
/// 1 to 64 characters of ASCII letters, digits, '-', '_' or '.'. This keeps MQTT wildcards and separators out of ids.
/// </summary>
public static class Ids
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> is a valid id.</summary>
    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the parameter when the id is invalid.</summary>
    public static void ThrowIfInvalid(string? id, string parameterName)
    {
        if (id is null || !IsValid(id))
        {
            throw new ArgumentException(
                $"'{id}' is not a valid id: use 1-{MaxLength} characters of letters, digits, '-', '_' or '.'.",
                parameterName);
        }
    }
}
