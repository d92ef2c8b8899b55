using System.Text.Json;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Triggers accepted but not decided when a stop ran out of time: kept in LiteDB (a document per thousand, one write
/// each) and decided first at the next start, so an accepted trigger still ends in a recorded decision (in-store
/// ones whose visit ended by then are recorded as dropped, old ones as expired). Exported and erased with the shopper.
/// </summary>
internal sealed class UndecidedTriggers(GatewayDatabase database)
{
    private const int PerDocument = 1000;
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<TriggerFact>> Json = CampaignStateJsonContext.Default.ListTriggerFact;

    public void Keep(IReadOnlyList<TriggerFact> facts, DateTimeOffset now)
    {
        foreach (var chunk in facts.Chunk(PerDocument))
        {
            database.UndecidedTriggers.Insert(new UndecidedTriggersRecord
            {
                SavedAt = now.UtcDateTime,
                Shoppers = [.. chunk.Select(f => f.Shopper).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
                Facts = JsonSerializer.Serialize([.. chunk], Json),
            });
        }
    }

    /// <summary>The triggers kept at the last stop, by the id of the document that holds them.</summary>
    public List<(long Id, List<TriggerFact> Facts)> Kept() =>
        [.. database.UndecidedTriggers.FindAll().OrderBy(r => r.Id).Select(r => (r.Id, JsonSerializer.Deserialize(r.Facts, Json) ?? []))];

    public void Done(long id) => database.UndecidedTriggers.Delete(id);

    public List<TriggerFact> Of(string shopper) =>
        [.. Containing(shopper).SelectMany(r => JsonSerializer.Deserialize(r.Facts, Json) ?? []).Where(f => f.Shopper == shopper)];

    /// <summary>Erasure: the shopper's triggers go from every document that holds one.</summary>
    public void Forget(string shopper)
    {
        foreach (var record in Containing(shopper))
        {
            var rest = (JsonSerializer.Deserialize(record.Facts, Json) ?? []).Where(f => f.Shopper != shopper).ToList();
            record.Shoppers.Remove(shopper);
            record.Facts = JsonSerializer.Serialize(rest, Json);
            database.UndecidedTriggers.Update(record);
        }
    }

    private List<UndecidedTriggersRecord> Containing(string shopper) =>
        [.. database.UndecidedTriggers.Find(LiteDB.BsonExpression.Create("$.Shoppers[*] ANY = @0", new LiteDB.BsonValue(shopper)))];
}
