using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns.Management;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>Checks an alert whole and lists every problem by path; resolves its area to provisioned stores.</summary>
internal static class AlertValidator
{
    public static (PostedAlert? Alert, List<CampaignProblem> Problems) Validate(
        AlertRequest r, CampaignCatalog catalog, DateTimeOffset now, TimeSpan skew, AlertOptions options, string id)
    {
        var problems = new List<CampaignProblem>();
        void Add(string path, string message) => problems.Add(new CampaignProblem(path, message));
        if (r.Id is not null && !IsId(r.Id))
        {
            Add("$.id", "1-64 of a-z 0-9 - _ .");
        }

        if (r.Kind is null || !IsId(r.Kind))
        {
            Add("$.kind", "required: 1-64 of a-z 0-9 - _ . (e.g. weather)");
        }

        var severity = r.Severity switch
        {
            "info" => AlertSeverity.Info,
            "advisory" => AlertSeverity.Advisory,
            "warning" => AlertSeverity.Warning,
            "severe" => AlertSeverity.Severe,
            _ => AlertSeverity.None,
        };
        if (severity == AlertSeverity.None)
        {
            Add("$.severity", $"'{r.Severity}' is not a severity: info, advisory, warning, severe");
        }

        if (string.IsNullOrWhiteSpace(r.Text) || r.Text.Length > 500)
        {
            Add("$.text", "required: plain text of 1-500 characters");
        }

        var from = r.ValidFrom ?? now;
        if (from > now + skew)
        {
            Add("$.validFrom", $"{from:O} is more than {skew} ahead of the gateway's clock ({now:O}): post it when it starts");
        }

        if (r.ValidUntil is not { } until)
        {
            Add("$.validUntil", "required: when the alert stops applying");
            until = from;
        }
        else if (until <= from)
        {
            Add("$.validUntil", "ends before it starts");
        }
        else if (until <= now)
        {
            Add("$.validUntil", $"already over ({until:O} is before {now:O})");
        }
        else if (until - from > options.MaxDuration)
        {
            Add("$.validUntil", $"valid for {until - from}: at most {options.MaxDuration}");
        }

        var (area, stores) = Area(r.Area, catalog, options, Add);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new PostedAlert(id, r.Kind!, severity, area!, stores, from, until, r.Text!, now), problems);
    }

    private static (AlertArea?, IReadOnlyList<string>) Area(AlertAreaRequest? a, CampaignCatalog catalog, AlertOptions options, Action<string, string> add)
    {
        var point = a?.Latitude is not null || a?.Longitude is not null || a?.RadiusM is not null;
        if (a is null || (a.Stores is null) == !point)
        {
            add("$.area", "give either stores (a list of store ids) or latitude, longitude and radiusM");
            return (null, []);
        }

        if (a.Stores is { } listed)
        {
            if (listed.Count is 0 or > 256)
            {
                add("$.area.stores", "1-256 store ids");
            }

            for (var i = 0; i < listed.Count; i++)
            {
                if (catalog.TimeZoneOf(listed[i]) is null)
                {
                    add($"$.area.stores[{i}]", $"unknown store '{listed[i]}'");
                }
            }

            return (new AlertArea([.. listed]), [.. listed.Distinct(StringComparer.Ordinal)]);
        }

        var ok = true;
        if (a.Latitude is not (>= -90 and <= 90))
        {
            add("$.area.latitude", $"{a.Latitude}: degrees from -90 to 90");
            ok = false;
        }

        if (a.Longitude is not (>= -180 and <= 180))
        {
            add("$.area.longitude", $"{a.Longitude}: degrees from -180 to 180");
            ok = false;
        }

        if (a.RadiusM is not { } radius || !(radius > 0) || radius > options.MaxRadiusM)
        {
            add("$.area.radiusM", $"{a.RadiusM}: metres above 0 and at most {options.MaxRadiusM}");
            ok = false;
        }

        if (!ok)
        {
            return (null, []);
        }

        var area = new AlertArea(null, a.Latitude, a.Longitude, a.RadiusM);
        var covered = catalog.Stores.Where(s => catalog.LocationOf(s) is { } at && area.Covers(s, at.Latitude, at.Longitude)).Order(StringComparer.Ordinal).ToList();
        if (covered.Count == 0)
        {
            add("$.area", "covers no provisioned store (a store is covered when it was provisioned with latitude and longitude within the radius)");
        }

        return (area, covered);
    }

    private static bool IsId(string s) =>
        s.Length is > 0 and <= 64 && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');
}
