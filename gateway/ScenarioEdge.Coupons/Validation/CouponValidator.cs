using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Coupons.Rules;

namespace ScenarioEdge.Coupons.Validation;

/// <summary>
/// Checks a coupon definition as a whole and lists every problem by JSON path: kind and value, scope, validity,
/// budget, per-shopper limit, and the stores and SKUs against the catalog the campaigns use. Any problem refuses it.
/// </summary>
public static class CouponValidator
{
    public static IReadOnlyList<CampaignProblem> Validate(CouponDocument doc, ICampaignCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(catalog);
        var p = new List<CampaignProblem>();
        void Add(string path, string message) => p.Add(new CampaignProblem(path, message));

        if (string.IsNullOrEmpty(doc.Id) || doc.Id.Length > 64 || !doc.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
        {
            Add("$.id", $"'{doc.Id}' is not an id: 1-64 of a-z, 0-9, '-', '_', '.'");
        }

        if (doc.Version < 1)
        {
            Add("$.version", "required: a whole number from 1");
        }

        if (string.IsNullOrWhiteSpace(doc.Name) || doc.Name.Length > 120 || doc.Name.Any(char.IsControl))
        {
            Add("$.name", "required: plain text of at most 120 characters");
        }

        var kind = CouponDefinition.ParseKind(doc.Kind);
        if (kind is null)
        {
            Add("$.kind", $"'{doc.Kind}' is not a kind: percent, amount, freeItem");
        }

        Value(kind, doc.Value, Add);
        Scope(doc.Scope, catalog, Add);
        Validity(doc.Validity, Add);
        Budget(doc.Budget, kind, Add);
        if (doc.PerShopper is { } per && per is < 1 or > 1000)
        {
            Add("$.perShopper", $"{per} is outside 1-1000");
        }

        if (doc.PointsCost is { } cost && cost is < 1 or > (int)Points.PointsRules.MaxAmount)
        {
            Add("$.pointsCost", $"{cost} is outside 1-{Points.PointsRules.MaxAmount}");
        }

        Stores(doc.Stores, catalog, Add);
        return p;
    }

    private static void Value(CouponKind? kind, double? value, Action<string, string> add)
    {
        switch (kind)
        {
            case CouponKind.Percent when value is not (>= 1 and <= 100):
                add("$.value", "a percent coupon needs value: 1-100 (percent off)");
                break;
            case CouponKind.Amount when value is not (> 0 and <= 100_000):
                add("$.value", "an amount coupon needs value: the money off, more than 0 and at most 100000");
                break;
            case CouponKind.FreeItem when value is not null:
                add("$.value", "a freeItem coupon has no value: leave it out (its scope names the item)");
                break;
        }
    }

    private static void Scope(CouponScopeSpec scope, ICampaignCatalog catalog, Action<string, string> add)
    {
        if ((scope.Skus?.Count ?? 0) + (scope.Categories?.Count ?? 0) == 0)
        {
            add("$.scope", "required: skus and/or categories the coupon applies to");
        }

        for (var i = 0; i < (scope.Skus?.Count ?? 0); i++)
        {
            if (!catalog.HasProduct(scope.Skus![i]))
            {
                add($"$.scope.skus[{i}]", $"unknown product '{scope.Skus[i]}'");
            }
        }

        for (var i = 0; i < (scope.Categories?.Count ?? 0); i++)
        {
            if (scope.Categories![i] is not { Length: > 0 and <= 64 } c || c.Any(char.IsControl))
            {
                add($"$.scope.categories[{i}]", "a category id: 1-64 characters");
            }
        }
    }

    private static void Validity(CouponValiditySpec v, Action<string, string> add)
    {
        if (v.Days is null && v.To is null)
        {
            add("$.validity", "required: days from issue, and/or a last day (to)");
        }

        if (v.Days is { } days && days is < 1 or > 366)
        {
            add("$.validity.days", $"{days} is outside 1-366");
        }

        var from = CouponDefinition.ParseDay(v.From);
        var to = CouponDefinition.ParseDay(v.To);
        if (v.From is not null && from is null)
        {
            add("$.validity.from", $"'{v.From}' is not a day yyyy-MM-dd");
        }

        if (v.To is not null && to is null)
        {
            add("$.validity.to", $"'{v.To}' is not a day yyyy-MM-dd");
        }

        if (from is { } f && to is { } t && t < f)
        {
            add("$.validity", $"to ({v.To}) is before from ({v.From})");
        }
    }

    private static void Budget(CouponBudgetSpec? budget, CouponKind? kind, Action<string, string> add)
    {
        if (budget is null)
        {
            return;
        }

        if (budget.Count is null && budget.Value is null)
        {
            add("$.budget", "a count and/or a value; leave the budget out for no limit");
        }

        if (budget.Count is { } count && count is < 1 or > 100_000_000)
        {
            add("$.budget.count", $"{count} is outside 1-100000000");
        }

        if (budget.Value is { } value)
        {
            if (kind is not CouponKind.Amount and not null)
            {
                add("$.budget.value", "a value budget counts face value: only amount coupons have one (use count)");
            }
            else if (value is not (> 0 and <= 1_000_000_000))
            {
                add("$.budget.value", $"{value} is outside 0-1000000000");
            }
        }
    }

    private static void Stores(List<string> stores, ICampaignCatalog catalog, Action<string, string> add)
    {
        if (stores.Count == 0)
        {
            add("$.stores", "required: store ids, or [\"*\"] for every store");
        }
        else if (stores.Contains("*") && stores.Count > 1)
        {
            add("$.stores", "\"*\" means every store: list no other store with it");
        }

        for (var i = 0; i < stores.Count; i++)
        {
            if (stores[i] != "*" && catalog.TimeZoneOf(stores[i]) is null)
            {
                add($"$.stores[{i}]", $"unknown store '{stores[i]}'");
            }
        }
    }
}
