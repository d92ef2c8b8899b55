using System.Globalization;
using ScenarioEdge.Coupons.Documents;

namespace ScenarioEdge.Coupons.Rules;

/// <summary>A validated coupon document in the form the rules use: kinds parsed, dates as local days, defaults applied.</summary>
public sealed record CouponDefinition(
    string Id,
    int Version,
    CouponKind Kind,
    double Value,
    int? ValidDays,
    DateOnly? From,
    DateOnly? To,
    int? BudgetCount,
    double? BudgetValue,
    int PerShopper,
    IReadOnlySet<string>? Stores)
{
    /// <summary>The face value one issuance spends of a value budget: an amount coupon's value; the other kinds have none.</summary>
    public double FaceValue => Kind == CouponKind.Amount ? Value : 0;

    /// <summary>What a shopper pays in points for one; null when it is not offered for points.</summary>
    public int? PointsCost { get; init; }

    public bool CoversStore(string store) => Stores is null || Stores.Contains(store);

    /// <summary>From a document that <see cref="Validation.CouponValidator"/> passed.</summary>
    public static CouponDefinition Of(CouponDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new CouponDefinition(
            doc.Id,
            doc.Version,
            ParseKind(doc.Kind) ?? throw new ArgumentException($"coupon '{doc.Id}': kind '{doc.Kind}' was not validated", nameof(doc)),
            doc.Value ?? 0,
            doc.Validity.Days,
            ParseDay(doc.Validity.From),
            ParseDay(doc.Validity.To),
            doc.Budget?.Count,
            doc.Budget?.Value,
            doc.PerShopper ?? 1,
            doc.Stores.Contains("*") ? null : doc.Stores.ToHashSet(StringComparer.Ordinal))
        {
            PointsCost = doc.PointsCost,
        };
    }

    public static CouponKind? ParseKind(string? kind) => kind switch
    {
        "percent" => CouponKind.Percent,
        "amount" => CouponKind.Amount,
        "freeItem" => CouponKind.FreeItem,
        _ => null,
    };

    public static DateOnly? ParseDay(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string KindName(CouponKind kind) => kind switch
    {
        CouponKind.Percent => "percent",
        CouponKind.Amount => "amount",
        _ => "freeItem",
    };
}
