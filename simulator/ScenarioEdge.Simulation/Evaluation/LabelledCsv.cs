using System.Globalization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Reads and writes the labelled CSV of <c>evaluate-scenes</c>: header <c>t_ms,shopper,label</c> then any of the
/// optional columns; an empty cell is no data. Bad rows are collected with their line number, never thrown.
/// </summary>
public static class LabelledCsv
{
    public static readonly string[] Labels = ["commuting", "exercising", "resting", "in-store"];

    public static readonly string[] OptionalColumns =
        ["hr_bpm", "cadence_spm", "speed_mps", "accel_std_mps2", "phone_activity", "phone_activity_confidence", "distance_to_store_m", "scanner", "rssi", "sound_db"];

    public static (List<LabelledRow> Rows, List<string> Errors) Read(TextReader reader)
    {
        var rows = new List<LabelledRow>();
        var errors = new List<string>();
        using var csv = CsvFile.Open(reader);
        if (csv.Header.IsEmpty)
        {
            errors.Add("line 1: empty file; expected the header t_ms,shopper,label[,...]");
            return (rows, errors);
        }

        var columns = csv.Header.ColNames.ToArray();
        if (columns.Length < 3 || columns[0] != "t_ms" || columns[1] != "shopper" || columns[2] != "label")
        {
            errors.Add($"line 1: header must start with t_ms,shopper,label, got '{string.Join(',', columns)}'");
            return (rows, errors);
        }

        var unknown = columns.Skip(3).FirstOrDefault(c => !OptionalColumns.Contains(c));
        if (unknown is not null)
        {
            errors.Add($"line 1: unknown column '{unknown}'; known: {string.Join(", ", OptionalColumns)}");
            return (rows, errors);
        }

        foreach (var row in csv)
        {
            var line = row.LineNumberFrom;
            if (CsvFile.IsBlank(row))
            {
                continue;
            }

            if (row.ColCount != columns.Length)
            {
                errors.Add($"line {line}: {row.ColCount} cells, the header has {columns.Length}");
                continue;
            }

            if (TryRow(line, columns, CsvFile.Cells(row), out var parsed, out var error))
            {
                rows.Add(parsed!);
            }
            else
            {
                errors.Add($"line {line}: {error}");
            }
        }

        return (rows, errors);
    }

    private static bool TryRow(int line, string[] columns, string[] cells, out LabelledRow? row, out string error)
    {
        row = null;
        error = "";
        if (!long.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) || t < 0)
        {
            error = $"t_ms '{cells[0]}' is not a non-negative integer";
            return false;
        }

        if (cells[1].Length == 0)
        {
            error = "shopper is empty";
            return false;
        }

        var label = cells[2].Length == 0 ? null : cells[2];
        if (label is not null && !Labels.Contains(label))
        {
            error = $"label '{label}' is not one of {string.Join(", ", Labels)} (or empty)";
            return false;
        }

        row = new LabelledRow(line, t, cells[1], label);
        for (var i = 3; i < columns.Length; i++)
        {
            var cell = cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            switch (columns[i])
            {
                case "phone_activity":
                    if (!PhoneActivityNames.TryParse(cell, out var phone))
                    {
                        error = $"phone_activity '{cell}' is not one of {PhoneActivityNames.Accepted}";
                        return false;
                    }

                    row = row with { Phone = phone };
                    break;
                case "scanner":
                    row = row with { Scanner = cell };
                    break;
                default:
                    if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                    {
                        error = $"{columns[i]} '{cell}' is not a number";
                        return false;
                    }

                    if (columns[i] == "phone_activity_confidence" && v is < 0 or > 100)
                    {
                        error = $"phone_activity_confidence '{cell}' is outside 0..100 (0-1, or a percent above 1)";
                        return false;
                    }

                    row = columns[i] switch
                    {
                        "hr_bpm" => row with { HeartRate = v },
                        "cadence_spm" => row with { CadenceSpm = v },
                        "speed_mps" => row with { SpeedMps = v },
                        "accel_std_mps2" => row with { AccelStd = v },
                        "phone_activity_confidence" => row with { PhoneConfidence = v },
                        "distance_to_store_m" => row with { DistanceToStoreM = v },
                        "sound_db" => row with { SoundDb = v },
                        _ => row with { Rssi = (int)Math.Round(v) },
                    };
                    break;
            }
        }

        if (row.Scanner is not null != row.Rssi is not null)
        {
            error = "scanner and rssi go together";
            return false;
        }

        return true;
    }

    /// <summary>Writes rows with every optional column.</summary>
    public static void Write(TextWriter writer, IEnumerable<LabelledRow> rows)
    {
        writer.WriteLine("t_ms,shopper,label," + string.Join(',', OptionalColumns));
        foreach (var r in rows)
        {
            writer.WriteLine(string.Join(',',
                r.TMs.ToString(CultureInfo.InvariantCulture), r.Shopper, r.Label ?? "", N(r.HeartRate), N(r.CadenceSpm), N(r.SpeedMps), N(r.AccelStd),
                r.Phone is { } p ? PhoneActivityNames.Name(p) : "", N(r.PhoneConfidence), N(r.DistanceToStoreM), r.Scanner ?? "", r.Rssi?.ToString(CultureInfo.InvariantCulture) ?? "", N(r.SoundDb)));
        }
    }

    private static string N(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}
