using System.Collections.Frozen;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>The fact's zone, shelf, product or alert kind is one of a set; for a purchase, one of its SKUs or categories is.</summary>
public sealed class IdSetCondition(FactField reads, IEnumerable<string> ids) : FactCondition
{
    private readonly FrozenSet<string> _ids = ids.ToFrozenSet(StringComparer.Ordinal);

    public FactField Field => reads;

    public IReadOnlyCollection<string> Ids => _ids;

    public override bool Holds(in TriggerFact fact, in LocalMoment local)
    {
        if (reads == FactField.Category || (reads == FactField.Product && fact.Products is not null))
        {
            return AnyOf(reads == FactField.Category ? fact.Categories : fact.Products);
        }

        var value = reads switch
        {
            FactField.Zone => fact.Zone,
            FactField.Shelf => fact.Shelf,
            FactField.Product => fact.Product,
            _ => fact.AlertKind,
        };
        return value is not null && _ids.Contains(value);
    }

    private bool AnyOf(string[]? values)
    {
        foreach (var value in values ?? [])
        {
            if (_ids.Contains(value))
            {
                return true;
            }
        }

        return false;
    }
}
