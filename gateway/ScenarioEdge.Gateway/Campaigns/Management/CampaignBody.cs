using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// A campaign document from a request body, JSON or YAML by its content type. The body is read up to the size
/// limit and no further: a larger one is refused (413) before it is parsed.
/// </summary>
internal static class CampaignBody
{
    public static async Task<(CampaignLoadResult? Loaded, string Format, IResult? Refusal)> ReadAsync(HttpRequest request, ICampaignCatalog catalog)
    {
        var limits = DocumentLimits.Default;
        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return (null, "", Results.Problem(title: "Unsupported content type",
                detail: $"'{request.ContentType}': send the campaign as application/json or application/yaml", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > limits.MaxBytes)
        {
            return (null, format, TooLarge(request.ContentLength.Value, limits));
        }

        var buffer = new byte[limits.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length > limits.MaxBytes)
        {
            return (null, format, TooLarge(length, limits));
        }

        var body = buffer.AsMemory(0, length);
        var loaded = format == "json"
            ? CampaignLoader.FromJson(body, catalog, limits)
            : CampaignLoader.FromYaml(System.Text.Encoding.UTF8.GetString(body.Span), catalog, limits);
        return (loaded, format, null);
    }

    /// <summary>json, yaml, or null for a content type that is neither.</summary>
    internal static string? FormatOf(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/json" => "json",
            "application/yaml" or "application/x-yaml" or "text/yaml" or "text/x-yaml" => "yaml",
            { } m when m.EndsWith("+json", StringComparison.Ordinal) => "json",
            { } m when m.EndsWith("+yaml", StringComparison.Ordinal) => "yaml",
            _ => null,
        };
    }

    private static IResult TooLarge(long bytes, DocumentLimits limits) =>
        CampaignResults.Problems(StatusCodes.Status413PayloadTooLarge, [new CampaignProblem("$", $"document of {bytes} bytes: at most {limits.MaxBytes}")]);
}
