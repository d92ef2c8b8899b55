using System.Text;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>Expands an Eddystone-URL scheme byte and encoded URL into text (field debugging only; allocates).</summary>
internal static class EddystoneUrl
{
    private static readonly string[] Schemes = ["http://www.", "https://www.", "http://", "https://"];

    private static readonly string[] Expansions =
        [".com/", ".org/", ".edu/", ".net/", ".info/", ".biz/", ".gov/", ".com", ".org", ".edu", ".net", ".info", ".biz", ".gov"];

    /// <summary>Returns the URL, or null with a reason when a byte is outside the spec's tables.</summary>
    public static string? TryExpand(ReadOnlySpan<byte> encoded, out string? error)
    {
        error = null;
        if (encoded.IsEmpty || encoded[0] >= Schemes.Length)
        {
            error = encoded.IsEmpty ? "URL frame has no scheme byte" : $"URL scheme byte 0x{encoded[0]:x2} is not defined";
            return null;
        }

        var text = new StringBuilder(Schemes[encoded[0]]);
        foreach (var b in encoded[1..])
        {
            if (b < Expansions.Length)
            {
                text.Append(Expansions[b]);
            }
            else if (b is > 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                error = $"URL byte 0x{b:x2} is reserved";
                return null;
            }
        }

        return text.ToString();
    }
}
