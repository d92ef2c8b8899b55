using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The experiment alerts raised, each once per (kind, campaign, day, message), kept in LiteDB
/// (<c>experimentalerts</c>): a re-run of the daily check, or the first check after a restart, raises nothing twice,
/// and the API lists what was raised before a restart. The API shows the newest <see cref="Capacity"/>. Retention
/// deletes alerts raised longer ago than <c>Retention:OperatorRecords</c> (at least the check's seven days back, so
/// none is raised twice).
/// </summary>
public sealed class ExperimentAlertBoard(GatewayDatabase database, TimeProvider time) : IOperatorRecordHolder
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();

    /// <summary>Adds the alert unless it was raised already; returns whether it is new.</summary>
    public bool Add(ExperimentAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var id = Id(alert);
        lock (_gate)
        {
            if (database.ExperimentAlerts.FindById(id) is not null)
            {
                return false;
            }

            database.ExperimentAlerts.Insert(new ExperimentAlertRecord
            {
                Id = id,
                Kind = alert.Kind.ToString(),
                Campaign = alert.Campaign,
                Day = alert.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                RaisedAt = time.GetUtcNow().UtcDateTime,
                Figures = new Dictionary<string, double>(alert.Figures, StringComparer.Ordinal),
                Message = alert.Message,
            });
            return true;
        }
    }

    public string Name => "experimentalerts";

    public int ExpireBefore(DateTime cutoff)
    {
        lock (_gate)
        {
            return database.ExperimentAlerts.DeleteMany(a => a.RaisedAt < cutoff);
        }
    }

    /// <summary>The newest <see cref="Capacity"/> alerts (of one campaign), oldest first.</summary>
    public IReadOnlyList<ExperimentAlert> List(string? campaign = null)
    {
        var query = database.ExperimentAlerts.Query();
        if (campaign is not null)
        {
            query = query.Where(a => a.Campaign == campaign);
        }

        return [.. query.OrderByDescending(a => a.RaisedAt).Limit(Capacity).ToList().AsEnumerable().Reverse().Select(ToAlert)];
    }

    private static ExperimentAlert ToAlert(ExperimentAlertRecord r) => new(
        Enum.Parse<AlertKind>(r.Kind),
        r.Campaign,
        DateOnly.ParseExact(r.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Figures,
        r.Message);

    private static string Id(ExperimentAlert a) => string.Create(CultureInfo.InvariantCulture,
        $"{a.Kind}|{a.Campaign}|{a.Day:yyyy-MM-dd}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Message)))[..16]}");
}
