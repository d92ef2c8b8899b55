using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Campaigns.Validation;

/// <summary>
/// Checks a campaign document as a whole and lists every problem by JSON path: values, vocabularies, references
/// against the catalog, placeholders the trigger cannot fill, and the size limits on conditions. A document with
/// any problem is refused whole.
/// </summary>
public static class CampaignValidator
{
    public static IReadOnlyList<CampaignProblem> Validate(CampaignDocument doc, ICampaignCatalog catalog, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        var p = new ProblemList();
        p.Id("$.id", doc.Id);
        if (doc.Version < 1)
        {
            p.Add("$.version", "required: a whole number from 1");
        }

        p.Text("$.name", doc.Name, 120);
        var stores = Stores(doc, catalog, p);
        Schedule(doc.Schedule, p);
        var kind = Trigger(doc.Trigger, p);
        ConditionValidator.Validate(doc.Conditions, stores, catalog, kind, limits, p);
        Audience(doc.Audience, p);
        ContentValidator.Validate(doc.Content, "$.content", stores, catalog, kind, p);
        LimitsValidator.Validate(doc.Limits, p);
        p.Range("$.priority", doc.Priority, 0, 1000);
        p.Range("$.offerValue", doc.OfferValue, 0, 1_000_000);
        Experiment(doc.Experiment, stores, catalog, kind, p);
        return p.Items;
    }

    /// <summary>The campaign's stores that exist (every known store for "*").</summary>
    private static StoreScope Stores(CampaignDocument doc, ICampaignCatalog catalog, ProblemList p)
    {
        if (doc.Stores.Count == 0)
        {
            p.Add("$.stores", "required: store ids, or [\"*\"] for every store");
            return new StoreScope([], false);
        }

        if (doc.Stores.Contains("*"))
        {
            if (doc.Stores.Count > 1)
            {
                p.Add("$.stores", "\"*\" means every store: list no other store with it");
            }

            return new StoreScope(catalog.Stores, true);
        }

        var known = new List<string>();
        for (var i = 0; i < doc.Stores.Count; i++)
        {
            var store = doc.Stores[i];
            if (catalog.TimeZoneOf(store) is null)
            {
                p.Add($"$.stores[{i}]", $"unknown store '{store}'");
            }
            else if (known.Contains(store))
            {
                p.Add($"$.stores[{i}]", $"store '{store}' is listed twice");
            }
            else
            {
                known.Add(store);
            }
        }

        return new StoreScope(known, false);
    }

    private static void Schedule(ScheduleSpec? s, ProblemList p)
    {
        if (s is null)
        {
            return;
        }

        DateTimeOffset start = default, end = default;
        if (s.Start is not null && !LocalTimes.TryParseInstant(s.Start, out start))
        {
            p.Add("$.schedule.start", $"'{s.Start}' is not an instant with offset such as 2026-12-01T00:00:00+01:00");
        }

        if (s.End is not null && !LocalTimes.TryParseInstant(s.End, out end))
        {
            p.Add("$.schedule.end", $"'{s.End}' is not an instant with offset such as 2026-12-31T23:59:00+01:00");
        }
        else if (s.Start is not null && s.End is not null && end <= start)
        {
            p.Add("$.schedule.end", "ends before it starts");
        }

        p.Days("$.schedule.days", s.Days);
        if (s.Hours is not null)
        {
            p.Time("$.schedule.hours", s.Hours);
        }
    }

    private static TriggerKind? Trigger(TriggerSpec t, ProblemList p)
    {
        if (!TriggerKinds.TryParse(t.Kind, out var kind))
        {
            p.Add("$.trigger.kind", $"'{t.Kind}' is not a trigger kind: {string.Join(", ", TriggerKinds.Names.Where(n => !TriggerKinds.IsReserved(Parse(n))))}");
            return null;
        }

        if (TriggerKinds.IsReserved(kind))
        {
            p.Add("$.trigger.kind", $"'{t.Kind}' is reserved for a later issue and cannot be used yet");
            return null;
        }

        if (TriggerKinds.HasScene(kind) ? !LocalTimes.TryParseScene(t.Scene, out _) : t.Scene is not null)
        {
            p.Add("$.trigger.scene", TriggerKinds.HasScene(kind)
                ? $"'{t.Scene}' is not a scene: commuting, exercising, resting, inStore"
                : $"a {t.Kind} trigger takes no scene");
        }

        if (kind == TriggerKind.TimeWindow && t.Window is null)
        {
            p.Add("$.trigger.window", "required for a timeWindow trigger: from and to, HH:mm");
        }
        else if (kind != TriggerKind.TimeWindow && t.Window is not null)
        {
            p.Add("$.trigger.window", "only a timeWindow trigger takes a window (use a timeOfDay condition)");
        }
        else if (t.Window is not null)
        {
            p.Time("$.trigger.window", t.Window);
        }

        return kind;
    }

    private static TriggerKind Parse(string name) => TriggerKinds.TryParse(name, out var k) ? k : default;

    private static void Audience(AudienceSpec? a, ProblemList p)
    {
        if (a is null)
        {
            return;
        }

        for (var i = 0; i < (a.Consents?.Count ?? 0); i++)
        {
            if (a.Consents![i] is not ("presence" or "activity" or "offers" or "analytics"))
            {
                p.Add($"$.audience.consents[{i}]", $"'{a.Consents[i]}' is not a consent purpose: presence, activity, offers, analytics");
            }
        }

        for (var i = 0; i < (a.TagsAny?.Count ?? 0); i++)
        {
            p.Text($"$.audience.tagsAny[{i}]", a.TagsAny![i], 64);
        }

        for (var i = 0; i < (a.TagsNone?.Count ?? 0); i++)
        {
            p.Text($"$.audience.tagsNone[{i}]", a.TagsNone![i], 64);
        }

        if (a.Shoppers is not (null or "any" or "new" or "returning"))
        {
            p.Add("$.audience.shoppers", $"'{a.Shoppers}' is not one of any, new, returning");
        }
    }

    private static void Experiment(ExperimentSpec? e, StoreScope stores, ICampaignCatalog catalog, TriggerKind? kind, ProblemList p)
    {
        if (e is null)
        {
            return;
        }

        p.Text("$.experiment.salt", e.Salt, 64, required: false);
        p.Range("$.experiment.holdoutPercent", e.HoldoutPercent, 0, 50);
        if (e.Variants.Count == 0)
        {
            p.Add("$.experiment.variants", "required: at least one variant");
        }

        for (var i = 0; i < e.Variants.Count; i++)
        {
            var v = e.Variants[i];
            p.Text($"$.experiment.variants[{i}].name", v.Name, 32);
            if (v.Name is ArmNames.Holdout or ArmNames.GlobalControl or ArmNames.Default)
            {
                p.Add($"$.experiment.variants[{i}].name", $"'{v.Name}' is reserved (holdout, control and default name the gateway's own arms)");
            }

            if (!(v.Weight > 0 && v.Weight <= 1000))
            {
                p.Add($"$.experiment.variants[{i}].weight", $"{v.Weight}: a weight above 0 and at most 1000");
            }

            if (e.Variants.FindIndex(o => o.Name == v.Name) < i)
            {
                p.Add($"$.experiment.variants[{i}].name", $"variant '{v.Name}' is named twice");
            }

            if (v.Content is not null)
            {
                ContentValidator.Validate(v.Content, $"$.experiment.variants[{i}].content", stores, catalog, kind, p);
            }
        }
    }
}
