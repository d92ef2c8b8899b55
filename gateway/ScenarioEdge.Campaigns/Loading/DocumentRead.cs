namespace ScenarioEdge.Campaigns.Loading;

/// <summary>
/// A document read by <see cref="DocumentReader"/>: the typed document (even when structural problems were found, with
/// neutral defaults in their place, so that validation can still list the rest), the problems, and the line of each path.
/// </summary>
public sealed record DocumentRead<T>(T? Document, IReadOnlyList<CampaignProblem> Problems, IReadOnlyDictionary<string, int> Lines)
    where T : class
{
    /// <summary>
    /// Adds the validator's problems, each with the line of its path (or of its nearest written parent), leaving out
    /// those under a path already reported as the wrong type (its value was replaced by a default).
    /// </summary>
    public IReadOnlyList<CampaignProblem> With(IEnumerable<CampaignProblem> validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var all = Problems.ToList();
        var structural = Problems.Select(p => p.Path).ToList();
        foreach (var problem in validation)
        {
            if (!structural.Exists(s => problem.Path == s || problem.Path.StartsWith(s + ".", StringComparison.Ordinal) || problem.Path.StartsWith(s + "[", StringComparison.Ordinal)))
            {
                all.Add(problem with { Line = LineOf(problem.Path) });
            }
        }

        return all;
    }

    private int? LineOf(string path)
    {
        for (var p = path; p.Length > 0;)
        {
            if (Lines.TryGetValue(p, out var line))
            {
                return line;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : "";
        }

        return null;
    }
}
