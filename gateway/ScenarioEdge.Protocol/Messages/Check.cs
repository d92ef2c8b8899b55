namespace ScenarioEdge.Protocol.Messages;

/// <summary>Small validation helpers that name the field in their message.</summary>
internal static class Check
{
    public static string? Range(string field, double? value, double min, double max) =>
        value is { } v && (double.IsNaN(v) || v < min || v > max)
            ? $"{field}: {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}..{max.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : null;

    public static string? Required(string field, string? value, int maxLength = 256) =>
        string.IsNullOrWhiteSpace(value) ? $"{field}: required"
        : value.Length > maxLength ? $"{field}: longer than {maxLength} characters"
        : null;

    public static string? Optional(string field, string? value, int maxLength = 256) =>
        value is not null && value.Length > maxLength ? $"{field}: longer than {maxLength} characters" : null;

    public static string? Id(string field, string? value) =>
        value is null || !Ids.IsValid(value) ? $"{field}: required, 1-64 characters of letters, digits, '-', '_' or '.'" : null;

    public static string? Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : $"{field}: unknown value {value}";

    public static string? Count<T>(string field, IReadOnlyCollection<T>? items, int max, bool required = true) =>
        items is null ? (required ? $"{field}: required" : null)
        : items.Count > max ? $"{field}: {items.Count} items, at most {max} allowed"
        : null;

    /// <summary>
    /// An absolute URI of at most <paramref name="maxLength"/> characters: https when <paramref name="httpsOnly"/>, and
    /// never a scheme that runs or embeds content where it is opened (javascript, data, file, vbscript).
    /// </summary>
    public static string? Uri(string field, string value, int maxLength, bool httpsOnly)
    {
        if (value.Length > maxLength)
        {
            return $"{field}: longer than {maxLength} characters";
        }

        var end = value.IndexOf("://", StringComparison.Ordinal);
        if (end <= 0 || !IsScheme(value.AsSpan(0, end)))
        {
            return $"{field}: not an absolute URI (scheme://…)";
        }

        var scheme = value[..end].ToLowerInvariant();
        if (scheme is "javascript" or "data" or "file" or "vbscript")
        {
            return $"{field}: scheme '{scheme}' is not allowed";
        }

        return httpsOnly && !(scheme == "https" && System.Uri.TryCreate(value, UriKind.Absolute, out _)) ? $"{field}: must be an https URL" : null;
    }

    // RFC 3986: a letter, then letters, digits, '+', '-' or '.'.
    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the first non-null message.</summary>
    public static string? First(params ReadOnlySpan<string?> results)
    {
        foreach (var r in results)
        {
            if (r is not null)
            {
                return r;
            }
        }

        return null;
    }
}
