using ScenarioEdge.Campaigns.Loading;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>Why a campaign document was refused, as counted in <c>se_campaign_documents_refused_total{reason}</c>.</summary>
public static class RefusalReasons
{
    /// <summary>Not valid YAML or JSON.</summary>
    public const string Syntax = "syntax";

    /// <summary>Over a size limit: bytes, nesting, values, conditions.</summary>
    public const string TooLarge = "too_large";

    /// <summary>Names a store, zone, shelf, display or product that is not provisioned.</summary>
    public const string UnknownReference = "unknown_reference";

    /// <summary>Any other problem of the document's fields.</summary>
    public const string Invalid = "invalid";

    /// <summary>Valid, but stale (an older version), or owned by the other source (API or folder), or ended.</summary>
    public const string Conflict = "conflict";

    public static readonly string[] All = [Syntax, TooLarge, UnknownReference, Invalid, Conflict];

    /// <summary>The reason of a refused document: the gravest of its problems.</summary>
    public static string Of(IReadOnlyList<CampaignProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Any(p => p.Message.StartsWith("not valid ", StringComparison.Ordinal)))
        {
            return Syntax;
        }

        if (problems.Any(IsSize))
        {
            return TooLarge;
        }

        return problems.Any(p => p.Message.StartsWith("unknown store", StringComparison.Ordinal) || p.Message.StartsWith("unknown zone", StringComparison.Ordinal)
            || p.Message.StartsWith("unknown shelf", StringComparison.Ordinal) || p.Message.StartsWith("unknown display", StringComparison.Ordinal)
            || p.Message.StartsWith("unknown product", StringComparison.Ordinal) || p.Message.StartsWith("unknown coupon", StringComparison.Ordinal) || p.Message.Contains(" does not exist in store ", StringComparison.Ordinal))
            ? UnknownReference
            : Invalid;
    }

    private static bool IsSize(CampaignProblem p) =>
        (p.Path == "$" && (p.Message.StartsWith("document of ", StringComparison.Ordinal) || p.Message.StartsWith("nesting deeper", StringComparison.Ordinal)
            || p.Message.StartsWith("more than ", StringComparison.Ordinal) || p.Message.StartsWith("a value longer", StringComparison.Ordinal)))
        || p.Message.Contains(" entries: at most ", StringComparison.Ordinal)
        || (p.Path == "$.conditions" && (p.Message.Contains("conditions: at most", StringComparison.Ordinal) || p.Message.StartsWith("anyOf nested deeper", StringComparison.Ordinal)));
}
