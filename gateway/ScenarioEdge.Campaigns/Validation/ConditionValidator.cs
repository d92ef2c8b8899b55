using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Validation;

/// <summary>Conditions: size limits first (count and anyOf depth), then each field and its references.</summary>
internal static class ConditionValidator
{
    public static void Validate(List<ConditionSpec> conditions, StoreScope stores, ICampaignCatalog catalog,
        TriggerKind? kind, DocumentLimits limits, ProblemList p)
    {
        var count = Count(conditions, 1, limits, out var depth);
        if (count > limits.MaxConditions)
        {
            p.Add("$.conditions", $"{count} conditions: at most {limits.MaxConditions}");
            return;
        }

        if (depth > limits.MaxConditionDepth)
        {
            p.Add("$.conditions", $"anyOf nested deeper than {limits.MaxConditionDepth} levels");
            return;
        }

        Each(conditions, "$.conditions", stores, catalog, kind, p);
    }

    // Stops counting once past the limit, so a huge document costs no more than the limit to refuse.
    private static int Count(List<ConditionSpec>? list, int level, DocumentLimits limits, out int depth)
    {
        depth = list is { Count: > 0 } ? level : level - 1;
        var count = 0;
        foreach (var c in list ?? [])
        {
            count++;
            if (c.AnyOf is not null && count <= limits.MaxConditions && level <= limits.MaxConditionDepth)
            {
                count += Count(c.AnyOf, level + 1, limits, out var inner);
                depth = Math.Max(depth, inner);
            }
            else if (c.AnyOf is not null)
            {
                depth = Math.Max(depth, level + 1);
            }
        }

        return count;
    }

    private static void Each(List<ConditionSpec> list, string path, StoreScope stores, ICampaignCatalog catalog, TriggerKind? kind, ProblemList p)
    {
        for (var i = 0; i < list.Count; i++)
        {
            One(list[i], $"{path}[{i}]", stores, catalog, kind, p);
        }
    }

    private static void One(ConditionSpec c, string path, StoreScope stores, ICampaignCatalog catalog, TriggerKind? kind, ProblemList p)
    {
        if (c.MinConfidence is { } conf)
        {
            p.Range($"{path}.minConfidence", conf, 0, 1);
        }

        Refs(c.Zones, $"{path}.zones", "zone", stores, catalog.HasZone, p);
        Refs(c.Shelves, $"{path}.shelves", "shelf", stores, catalog.HasShelf, p);
        Refs(c.Products, $"{path}.products", "product", stores, (_, product) => catalog.HasProduct(product), p);
        Carried(kind, c.Zones is not null, TriggerKinds.HasZone, "zones", "a zone", path, p);
        Carried(kind, c.Shelves is not null, TriggerKinds.HasShelf, "shelves", "a shelf", path, p);
        Carried(kind, c.Products is not null, k => TriggerKinds.HasProduct(k) || TriggerKinds.HasBasket(k), "products", "a product", path, p);
        Carried(kind, c.Categories is not null, TriggerKinds.HasBasket, "categories", "a basket", path, p);
        Carried(kind, c.MinTotal is not null, TriggerKinds.HasBasket, "minTotal", "a basket", path, p);
        for (var i = 0; i < (c.Categories?.Count ?? 0); i++)
        {
            p.Id($"{path}.categories[{i}]", c.Categories![i]);
        }

        if (c.MinTotal is { } minTotal)
        {
            p.Range($"{path}.minTotal", minTotal, 0, 1_000_000);
        }

        Carried(kind, c.MinDwellS is not null, TriggerKinds.HasDwell, "minDwellS", "a dwell time", path, p);
        Carried(kind, c.AlertKinds is not null || c.MinAlertSeverity is not null, TriggerKinds.HasAlert, "alertKinds", "an alert", path, p);
        if (c.MinDwellS is { } dwell)
        {
            p.Range($"{path}.minDwellS", dwell, 0, 86_400);
        }

        Band(c.HeartRateReserve, $"{path}.heartRateReserve", 0, 100, p);
        Band(c.Cadence, $"{path}.cadence", 0, 400, p);
        if (c.MaxDistanceM is { } distance)
        {
            p.Range($"{path}.maxDistanceM", distance, 0, 100_000);
        }

        if (c.TimeOfDay is not null)
        {
            p.Time($"{path}.timeOfDay", c.TimeOfDay);
        }

        p.Days($"{path}.weekdays", c.Weekdays);
        for (var i = 0; i < (c.AlertKinds?.Count ?? 0); i++)
        {
            p.Id($"{path}.alertKinds[{i}]", c.AlertKinds![i]);
        }

        if (c.MinAlertSeverity is not null && !LocalTimes.TryParseSeverity(c.MinAlertSeverity, out _))
        {
            p.Add($"{path}.minAlertSeverity", $"'{c.MinAlertSeverity}' is not a severity: info, advisory, warning, severe");
        }

        if (c.AnyOf is { Count: 0 })
        {
            p.Add($"{path}.anyOf", "an empty anyOf can never hold");
        }
        else if (c.AnyOf is not null)
        {
            Each(c.AnyOf, $"{path}.anyOf", stores, catalog, kind, p);
        }
    }

    private static void Carried(TriggerKind? kind, bool used, Func<TriggerKind, bool> carries, string field, string what, string path, ProblemList p)
    {
        if (used && kind is { } k && !carries(k))
        {
            p.Add($"{path}.{field}", $"a {TriggerKinds.Name(k)} trigger carries no {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]}: the condition could never hold");
        }
    }

    /// <summary>Ids must exist in every listed store (for "*": in at least one store).</summary>
    internal static void Refs(List<string>? ids, string path, string what, StoreScope stores, Func<string, string, bool> exists, ProblemList p)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count == 0)
        {
            p.Add(path, $"an empty list of {what} ids can never hold");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var missing = stores.Stores.Where(s => !exists(s, ids[i])).ToList();
            if (stores.Stores.Count > 0 && missing.Count == stores.Stores.Count)
            {
                p.Add($"{path}[{i}]", $"unknown {what} '{ids[i]}'");
            }
            else if (missing.Count > 0 && !stores.All)
            {
                p.Add($"{path}[{i}]", $"{what} '{ids[i]}' does not exist in store {string.Join(", ", missing)}");
            }
        }
    }

    private static void Band(BandSpec? band, string path, double min, double max, ProblemList p)
    {
        if (band is null)
        {
            return;
        }

        if (band.Min is null && band.Max is null)
        {
            p.Add(path, "give min, max or both");
        }

        if (band.Min is { } lo)
        {
            p.Range($"{path}.min", lo, min, max);
        }

        if (band.Max is { } hi)
        {
            p.Range($"{path}.max", hi, min, max);
        }

        if (band.Min > band.Max)
        {
            p.Add(path, "min is above max");
        }
    }
}
