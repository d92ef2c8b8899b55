using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>Compiles a campaign document once, at activation. It validates first: an invalid document never compiles.</summary>
public static class CampaignCompiler
{
    public static CompiledCampaign Compile(CampaignDocument doc, ICampaignCatalog catalog, DocumentLimits? limits = null)
    {
        var problems = CampaignValidator.Validate(doc, catalog, limits);
        if (problems.Count > 0)
        {
            throw new CampaignInvalidException(problems);
        }

        _ = TriggerKinds.TryParse(doc.Trigger.Kind, out var kind);
        _ = LocalTimes.TryParseScene(doc.Trigger.Scene, out var scene);
        var conditions = doc.Conditions.SelectMany(Compile).ToList();
        if (doc.Trigger.Window is { } window)
        {
            conditions.Add(new TimeOfDayCondition(LocalTimeRange.Parse(window)));
        }

        var compiled = new CompiledCampaign
        {
            Id = doc.Id,
            Version = doc.Version,
            Name = doc.Name,
            Kind = kind,
            Scene = TriggerKinds.HasScene(kind) ? scene : SceneState.Unknown,
            Stores = doc.Stores.Contains("*") ? null : [.. doc.Stores],
            Conditions = [.. conditions],
            IndexShelves = doc.Conditions.FirstOrDefault(c => c.Shelves is not null)?.Shelves?.ToArray(),
            IndexZones = doc.Conditions.FirstOrDefault(c => c.Zones is not null)?.Zones?.ToArray(),
            Audience = Audience(doc),
            Schedule = Schedule(doc.Schedule),
            Content = Content(doc.Content),
            Limits = Limits(doc.Limits),
            Priority = doc.Priority,
            OfferValue = doc.OfferValue,
            Document = doc,
            Attribution = CampaignAttribution.Of(doc.Attribution, kind),
        };
        var experiment = ArmCompiler.Compile(compiled, doc.Experiment, Content);
        compiled.Experiment = experiment;
        experiment.Control.Campaign.Experiment = experiment;
        foreach (var arm in experiment.Arms)
        {
            arm.Campaign.Experiment = experiment;
        }

        return compiled;
    }

    /// <summary>One condition object becomes one condition per field set (all must hold).</summary>
    private static IEnumerable<FactCondition> Compile(ConditionSpec c)
    {
        if (c.MinConfidence is { } conf)
        {
            yield return new NumberCondition(NumberConditionKind.MinConfidence, conf);
        }

        if (c.Zones is not null)
        {
            yield return new IdSetCondition(FactField.Zone, c.Zones);
        }

        if (c.Shelves is not null)
        {
            yield return new IdSetCondition(FactField.Shelf, c.Shelves);
        }

        if (c.Products is not null)
        {
            yield return new IdSetCondition(FactField.Product, c.Products);
        }

        if (c.Categories is not null)
        {
            yield return new IdSetCondition(FactField.Category, c.Categories);
        }

        if (c.MinTotal is { } total)
        {
            yield return new NumberCondition(NumberConditionKind.MinTotal, total);
        }

        if (c.MinDwellS is { } dwell)
        {
            yield return new NumberCondition(NumberConditionKind.MinDwellS, dwell);
        }

        if (c.HeartRateReserve is { } hrr)
        {
            yield return new BandCondition(FactField.HeartRateReserve, hrr.Min ?? double.MinValue, hrr.Max ?? double.MaxValue);
        }

        if (c.Cadence is { } cadence)
        {
            yield return new BandCondition(FactField.Cadence, cadence.Min ?? double.MinValue, cadence.Max ?? double.MaxValue);
        }

        if (c.MaxDistanceM is { } distance)
        {
            yield return new NumberCondition(NumberConditionKind.MaxDistanceM, distance);
        }

        if (c.TimeOfDay is { } tod)
        {
            yield return new TimeOfDayCondition(LocalTimeRange.Parse(tod));
        }

        if (c.Weekdays is not null)
        {
            yield return new WeekdayCondition(DayMask(c.Weekdays));
        }

        if (c.AlertKinds is not null)
        {
            yield return new IdSetCondition(FactField.AlertKind, c.AlertKinds);
        }

        if (LocalTimes.TryParseSeverity(c.MinAlertSeverity, out var severity))
        {
            yield return new AlertSeverityCondition(severity);
        }

        if (c.AnyOf is not null)
        {
            yield return new AnyOfCondition([.. c.AnyOf.Select(g => Compile(g).ToArray())]);
        }
    }

    private static CampaignAudience Audience(CampaignDocument doc)
    {
        var required = Consents.Offers;
        foreach (var purpose in doc.Audience?.Consents ?? [])
        {
            required |= purpose switch
            {
                "presence" => Consents.Presence,
                "activity" => Consents.Activity,
                "analytics" => Consents.Analytics,
                _ => Consents.Offers,
            };
        }

        if (UsesActivity(doc.Conditions))
        {
            required |= Consents.Activity;
        }

        var a = doc.Audience;
        ShopperKind? shoppers = a?.Shoppers switch
        {
            "new" => ShopperKind.New,
            "returning" => ShopperKind.Returning,
            _ => null,
        };
        return new CampaignAudience(required, a?.TagsAny?.ToArray(), a?.TagsNone?.ToArray(), shoppers);
    }

    private static bool UsesActivity(List<ConditionSpec>? conditions) =>
        conditions?.Exists(c => c.HeartRateReserve is not null || c.Cadence is not null || UsesActivity(c.AnyOf)) == true;

    private static CampaignSchedule Schedule(ScheduleSpec? s)
    {
        if (s is null)
        {
            return CampaignSchedule.Always;
        }

        DateTimeOffset? start = LocalTimes.TryParseInstant(s.Start, out var st) ? st : null;
        DateTimeOffset? end = LocalTimes.TryParseInstant(s.End, out var en) ? en : null;
        return new CampaignSchedule(start, end, s.Days is null ? CampaignSchedule.EveryDay : DayMask(s.Days),
            s.Hours is null ? null : LocalTimeRange.Parse(s.Hours));
    }

    private static int DayMask(IEnumerable<string> days) =>
        days.Aggregate(0, (mask, d) => LocalTimes.TryParseDay(d, out var day) ? mask | (1 << (int)day) : mask);

    private static CompiledContent Content(ContentSpec c)
    {
        static CompiledTemplate T(string text) => CompiledTemplate.TryParse(text, out _)!;
        var push = c.AppPush is { } p ? new CompiledPush(T(p.Title), T(p.Body), T(p.DeepLink), p.ImageUrl, p.CouponRef) : null;
        var display = c.ShelfDisplay is { } d
            ? new CompiledDisplay(d.Display == "nearest" ? null : d.Display, T(d.Title), d.Text is null ? null : T(d.Text), d.Product, Durations.Parse(d.Ttl))
            : null;
        return new CompiledContent(push, display);
    }

    private static CampaignLimits Limits(LimitsSpec? l)
    {
        if (l is null)
        {
            return CampaignLimits.None;
        }

        var caps = (l.Caps ?? []).Select(c =>
        {
            var scope = c.Scope == "allCampaigns" ? CapScope.AllCampaigns : CapScope.Campaign;
            TimeSpan? window = c.Per == "calendarDay" ? null : Durations.Parse(c.Per);
            return new CapRule(c.Name ?? CapRule.DefaultName(scope, c.Count, window), scope, c.Count, window);
        }).ToArray();
        var quiet = l.QuietHours switch
        {
            "defer" => QuietHoursPolicy.Defer,
            "dropIfContextEnded" => QuietHoursPolicy.DropIfContextEnded,
            _ => QuietHoursPolicy.Drop,
        };
        return new CampaignLimits(caps,
            l.Cooldown is null ? null : Durations.Parse(l.Cooldown),
            l.CooldownAfterDismissal is null ? null : Durations.Parse(l.CooldownAfterDismissal),
            l.MaxPerVisit, quiet,
            l.MaxDelay is null ? CampaignLimits.DefaultMaxDelay : Durations.Parse(l.MaxDelay));
    }
}
