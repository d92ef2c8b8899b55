using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator.Tests.Evaluation;

public sealed class LabelledCsvTests
{
    [Fact]
    public void Read_GoodAndBadRows_KeepsGoodOnesAndNamesBadLines()
    {
        var csv = """
            t_ms,shopper,label,hr_bpm,phone_activity,scanner,rssi
            0,a,resting,62,still,,
            5000,a,sleeping,62,still,,
            10000,a,,x,still,,
            15000,a,in-store,,walking,door,-60
            20000,a,in-store,,,door,
            """;

        var (rows, errors) = LabelledCsv.Read(new StringReader(csv));

        Assert.Equal(2, rows.Count);
        Assert.Equal(PhoneActivity.Still, rows[0].Phone);
        Assert.Equal(-60, rows[1].Rssi);
        Assert.Collection(errors,
            e => Assert.StartsWith("line 3: label 'sleeping'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("line 4: hr_bpm 'x'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("line 6: scanner and rssi go together", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuotedCellsCrlfAndBlankLines_ReadAsCsvWithTheFileLineNumbers()
    {
        // A spreadsheet's export: CRLF, a quoted shopper name holding a comma, a blank line; the bad row's line number
        // is the file's (blank line counted), not the data row's index.
        const string Csv = "t_ms,shopper,label,scanner,rssi\r\n0,\"shop, per\",resting,,\r\n\r\n5000,b,resting,door,loud\r\n10000,\"b\",in-store,\"door\",-61\r\n";

        var (rows, errors) = LabelledCsv.Read(new StringReader(Csv));

        Assert.Equal(["shop, per", "b"], rows.Select(r => r.Shopper));
        Assert.Equal("door", rows[1].Scanner);
        Assert.Equal(-61, rows[1].Rssi);
        Assert.Equal(["line 4: rssi 'loud' is not a number"], errors);
    }

    [Fact]
    public void Read_PlatformActivityWordsAndPercentConfidence_Accepted()
    {
        var csv = """
            t_ms,shopper,label,phone_activity,phone_activity_confidence
            0,a,commuting,ON_BICYCLE,85
            5000,a,commuting,automotive,0.9
            10000,a,resting,stationary,1
            15000,a,resting,TILTING,
            20000,a,commuting,ON_FOOT,100
            """;

        var (rows, errors) = LabelledCsv.Read(new StringReader(csv));

        Assert.Empty(errors);
        Assert.Equal([PhoneActivity.Cycling, PhoneActivity.InVehicle, PhoneActivity.Still, PhoneActivity.Unknown, PhoneActivity.Walking], rows.Select(r => r.Phone!.Value));
        Assert.Equal([85, 0.9, 1, null, 100], rows.Select(r => r.PhoneConfidence));
    }

    [Fact]
    public void Read_UnknownActivityWordOrConfidenceBeyondPercent_NamesTheAcceptedValues()
    {
        var csv = """
            t_ms,shopper,label,phone_activity,phone_activity_confidence
            0,a,commuting,flying,0.5
            5000,a,commuting,STILL,140
            """;

        var (rows, errors) = LabelledCsv.Read(new StringReader(csv));

        Assert.Empty(rows);
        Assert.Collection(errors,
            e => Assert.StartsWith($"line 2: phone_activity 'flying' is not one of {PhoneActivityNames.Accepted}", e, StringComparison.Ordinal),
            e => Assert.StartsWith("line 3: phone_activity_confidence '140' is outside 0..100", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongHeader_ReportsLineOne()
    {
        var (rows, errors) = LabelledCsv.Read(new StringReader("time,who,label\n0,a,resting\n"));
        Assert.Empty(rows);
        Assert.StartsWith("line 1:", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var rows = new JourneyGenerator(3).Generate(1);
        var text = new StringWriter();
        LabelledCsv.Write(text, rows);

        var (read, errors) = LabelledCsv.Read(new StringReader(text.ToString()));

        Assert.Empty(errors);
        Assert.Equal(rows.Count, read.Count);
    }
}
