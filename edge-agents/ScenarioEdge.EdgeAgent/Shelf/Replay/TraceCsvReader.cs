using System.Globalization;
using System.Runtime.CompilerServices;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>Reads a lane trace: a header <c>t_ms,raw</c>, then one HX711 reading per line.</summary>
internal static class TraceCsvReader
{
    public const string Header = "t_ms,raw";

    public static async IAsyncEnumerable<ShelfTraceSample> ReadAsync(
        TextReader reader, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var header = await reader.ReadLineAsync(cancellationToken);
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new TraceFormatException($"{name} line 1: expected the header '{Header}', found '{header}'.");
        }

        var lineNumber = 1;
        long? lastT = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var sample = Parse(line, name, lineNumber);
            if (sample.TMs < lastT)
            {
                throw new TraceFormatException($"{name} line {lineNumber}: t_ms {sample.TMs} is earlier than the line before ({lastT}); sort the trace by time.");
            }

            lastT = sample.TMs;
            yield return sample;
        }
    }

    private static ShelfTraceSample Parse(string line, string name, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            throw new TraceFormatException($"{name} line {lineNumber}: expected 2 fields 't_ms,raw' such as '1200,83512', found {fields.Length} in '{line}'.");
        }

        if (!long.TryParse(fields[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) || t < 0)
        {
            throw new TraceFormatException($"{name} line {lineNumber}: t_ms '{fields[0].Trim()}' is not a whole number of milliseconds (0 or more).");
        }

        if (!int.TryParse(fields[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var raw)
            || raw < -(1 << 23) || raw >= 1 << 23)
        {
            throw new TraceFormatException($"{name} line {lineNumber}: raw '{fields[1].Trim()}' is not an HX711 reading (a whole number from -8388608 to 8388607).");
        }

        return new ShelfTraceSample(t, raw);
    }
}
