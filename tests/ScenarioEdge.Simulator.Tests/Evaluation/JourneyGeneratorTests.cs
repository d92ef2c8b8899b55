using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator.Tests.Evaluation;

public sealed class JourneyGeneratorTests
{
    [Fact]
    public void Generate_OneDay_SameRowsAsTheSingleDayJourneys()
    {
        var days = new JourneyGenerator(11).Generate(3, days: 1);
        var single = new JourneyGenerator(11).Generate(3);

        Assert.Equal(single, days);
    }

    [Fact]
    public void Generate_TwoWeeks_RegularMorningTripsOnWeekdaysLabelledHonestly()
    {
        var rows = new JourneyGenerator(7).Generate(12, days: 14);

        var byDay = rows.GroupBy(r => r.TMs / 86_400_000).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(14, byDay.Count);
        // Fast rides on weekday mornings are commutes; fast rides at weekends are leisure.
        var morningRides = rows.Where(r => r.TMs % 86_400_000 < 10 * 3_600_000 && r.Phone == PhoneActivity.Cycling && r.SpeedMps > 4).ToList();
        Assert.NotEmpty(morningRides);
        Assert.All(morningRides.Where(r => r.TMs / 86_400_000 % 7 < 5), r => Assert.Equal("commuting", r.Label));
        Assert.All(rows.Where(r => r.TMs / 86_400_000 % 7 >= 5 && r.Phone == PhoneActivity.Cycling && r.SpeedMps > 4), r => Assert.Equal("exercising", r.Label));
        // The phone says where it is on the way.
        Assert.Contains(rows, r => r.Label == "commuting" && r.DistanceToStoreM > 1000);
    }
}
