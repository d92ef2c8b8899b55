using System.Globalization;
using System.Text;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulation.Calibration;

/// <summary>
/// Zone fingerprints from a calibration walk: the mean RSSI of every scanner while someone stands in each zone, the
/// 10% highest and lowest readings trimmed (a passing trolley, a reflection). A scanner heard fewer than
/// <c>minSamples</c> times in a zone is left out of that zone's fingerprint (the engine then expects not to hear it).
/// Zones whose fingerprints are too close are reported: the engine will confuse them.
/// </summary>
public static class ZoneCalibration
{
    public const string Header = "zone,scanner,rssi";

    public static SortedDictionary<string, SortedDictionary<string, double>> Fingerprints(IEnumerable<(string Zone, string Scanner, double Rssi)> samples, int minSamples = 10)
    {
        var result = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var zone in samples.GroupBy(s => s.Zone, StringComparer.Ordinal))
        {
            var fingerprint = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var scanner in zone.GroupBy(s => s.Scanner, StringComparer.Ordinal))
            {
                var values = scanner.Select(s => s.Rssi).Order().ToList();
                if (values.Count < minSamples)
                {
                    continue;
                }

                var trim = values.Count / 10;
                fingerprint[scanner.Key] = Math.Round(values.Skip(trim).Take(values.Count - (2 * trim)).Average(), 1);
            }

            result[zone.Key] = fingerprint;
        }

        return result;
    }

    /// <summary>Pairs of zones whose fingerprints are closer than <paramref name="minSeparationDb"/> (Euclidean, missing = −100 dBm).</summary>
    public static List<(string A, string B, double Db)> TooClose(SortedDictionary<string, SortedDictionary<string, double>> fingerprints, double minSeparationDb, double missingDbm = -100)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        var scanners = fingerprints.Values.SelectMany(f => f.Keys).Distinct(StringComparer.Ordinal).ToList();
        var zones = fingerprints.Keys.ToList();
        var close = new List<(string, string, double)>();
        for (var i = 0; i < zones.Count; i++)
        {
            for (var j = i + 1; j < zones.Count; j++)
            {
                var d = Math.Sqrt(scanners.Sum(s =>
                {
                    var a = fingerprints[zones[i]].GetValueOrDefault(s, missingDbm);
                    var b = fingerprints[zones[j]].GetValueOrDefault(s, missingDbm);
                    return (a - b) * (a - b);
                }));
                if (d < minSeparationDb)
                {
                    close.Add((zones[i], zones[j], Math.Round(d, 1)));
                }
            }
        }

        return close;
    }

    /// <summary>Reads <c>zone,scanner,rssi</c> rows (more columns are ignored); bad rows come back with their line number.</summary>
    public static (List<(string Zone, string Scanner, double Rssi)> Samples, List<string> Errors) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var samples = new List<(string, string, double)>();
        var errors = new List<string>();
        using var csv = CsvFile.Open(reader, trim: true);
        var header = csv.Header.IsEmpty ? null : csv.Header.ColNames.ToList();
        var (zi, si, ri) = header is null ? (-1, -1, -1) : (header.IndexOf("zone"), header.IndexOf("scanner"), header.IndexOf("rssi"));
        if (zi < 0 || si < 0 || ri < 0)
        {
            errors.Add($"line 1: expected a header with the columns {Header}");
            return (samples, errors);
        }

        foreach (var row in csv)
        {
            var line = row.LineNumberFrom;
            if (CsvFile.IsBlank(row))
            {
                continue;
            }

            if (row.ColCount <= Math.Max(zi, Math.Max(si, ri)) || row[zi].Span.IsEmpty || row[si].Span.IsEmpty)
            {
                errors.Add($"line {line}: needs a zone, a scanner and an rssi");
            }
            else if (!double.TryParse(row[ri].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var rssi) || rssi is < -127 or > 20)
            {
                errors.Add($"line {line}: rssi '{row[ri].ToString()}' is not a number of dBm between −127 and 20");
            }
            else
            {
                samples.Add((row[zi].ToString(), row[si].ToString(), rssi));
            }
        }

        return (samples, errors);
    }

    /// <summary>The fingerprints as the <c>zones:</c> lines of a scenario file's store (paste over the zones' ids).</summary>
    public static string ToYaml(SortedDictionary<string, SortedDictionary<string, double>> fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        var yaml = new StringBuilder("zoneMethod: fingerprint\nzones:\n");
        foreach (var (zone, fingerprint) in fingerprints)
        {
            var values = string.Join(", ", fingerprint.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}: {f.Value:0.0}")));
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {zone}, fingerprint: {{ {values} }} }}\n");
        }

        return yaml.ToString();
    }
}
