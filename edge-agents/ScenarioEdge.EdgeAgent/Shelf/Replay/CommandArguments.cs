using System.Globalization;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>Minimal "--name value" parsing for the shelf commands; errors name the option.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static CommandArguments Parse(IEnumerable<string> args, params string[] known)
    {
        var positional = new List<string>();
        var result = new CommandArguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (!known.Contains(arg, StringComparer.Ordinal))
            {
                throw new ArgumentException($"unknown option {arg} (known: {string.Join(", ", known)})");
            }

            result._options[arg] = e.MoveNext() ? e.Current : throw new ArgumentException($"{arg} needs a value");
        }

        return result;
    }

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public double? Number(string name)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{name}: '{text}' is not a number");
    }

    public double[] Numbers(string name, double[] fallback) =>
        _options.TryGetValue(name, out var text)
            ? [.. text.Split(',').Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw new ArgumentException($"{name}: '{part}' is not a number (use a comma-separated list such as 0.5,1,2)"))]
            : fallback;
}
