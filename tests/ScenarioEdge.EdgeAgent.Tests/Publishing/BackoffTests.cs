using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Tests.Publishing;

public class BackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(7, 60)]
    [InlineData(1_000, 60)]
    public void Delay_Attempt_IsBetweenHalfAndAllOfTheCappedExponential(int attempt, int ceilingSeconds)
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var delay = Backoff.Delay(attempt, Min, Max, random);

            Assert.InRange(delay.TotalSeconds, ceilingSeconds / 2.0, ceilingSeconds);
        }
    }

    [Fact]
    public void Delay_ManyAgents_AreSpreadOut()
    {
        var random = new Random(11);

        var delays = Enumerable.Range(0, 100).Select(_ => Backoff.Delay(6, Min, Max, random)).Distinct().Count();

        Assert.True(delays > 90);
    }
}
