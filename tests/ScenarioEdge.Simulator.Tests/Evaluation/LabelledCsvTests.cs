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
