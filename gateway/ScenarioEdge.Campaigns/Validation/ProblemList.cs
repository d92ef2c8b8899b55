using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Loading;

namespace ScenarioEdge.Campaigns.Validation;

/// <summary>Collects problems by JSON path while validating; lines are added by the loader.</summary>
internal sealed class ProblemList
{
    public List<CampaignProblem> Items { get; } = [];

    public void Add(string path, string message) => Items.Add(new CampaignProblem(path, message));

    public void Text(string path, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(path, "required");
            }
        }
        else if (value.Length > max)
        {
            Add(path, $"{value.Length} characters: at most {max}");
        }
        else if (value.Any(char.IsControl))
        {
            Add(path, "control characters are not allowed");
        }
    }

    public void Id(string path, string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
        {
            Add(path, $"'{value}' is not an id: 1-64 of a-z, 0-9, '-', '_', '.'");
        }
    }

    public void Range(string path, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            Add(path, $"{value} is outside {min}-{max}");
        }
    }

    public void Time(string path, TimeRangeSpec range)
    {
        if (!LocalTimes.TryParseTime(range.From, out _))
        {
            Add($"{path}.from", $"'{range.From}' is not a local time HH:mm");
        }

        if (!LocalTimes.TryParseTime(range.To, out _))
        {
            Add($"{path}.to", $"'{range.To}' is not a local time HH:mm");
        }
        else if (range.From == range.To)
        {
            Add(path, "from and to are equal: an empty window");
        }
    }

    public void Days(string path, List<string>? days)
    {
        if (days is null)
        {
            return;
        }

        if (days.Count == 0)
        {
            Add(path, "an empty list of days: leave it out for every day");
        }

        for (var i = 0; i < days.Count; i++)
        {
            if (!LocalTimes.TryParseDay(days[i], out _))
            {
                Add($"{path}[{i}]", $"'{days[i]}' is not a day: mon, tue, wed, thu, fri, sat, sun");
            }
        }
    }
}
