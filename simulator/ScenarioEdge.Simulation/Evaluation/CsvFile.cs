using nietras.SeparatedValues;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// The evaluation CSVs through Sep: RFC 4180 quoting, CRLF or LF, and the rows' line numbers for error messages.
/// Column counts are the readers' to check (a short row is a reported bad row, not an exception).
/// </summary>
public static class CsvFile
{
    public static SepReader Open(TextReader reader, bool trim = false) =>
        Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true, Trim = trim ? SepTrim.All : SepTrim.None }).From(reader);

    /// <summary>The row's cells as strings; evaluation files are small, so clarity wins over Sep's spans here.</summary>
    public static string[] Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells;
    }

    /// <summary>An empty line: Sep reads it as one empty cell.</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsEmpty;
}
