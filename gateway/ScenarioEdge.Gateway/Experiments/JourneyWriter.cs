using Microsoft.Extensions.Options;
namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Reads the assignments and journeys back at start (before the campaign runtime decides anything: registered
/// before it), writes the journey book every <see cref="ExperimentOptions.WriteDelay"/> while something is pending,
/// and once more at stop (after the runtime's last write, which also writes it).
/// </summary>
public sealed class JourneyWriter(JourneyBook book, ArmAssignments assignments, IOptions<ExperimentOptions> options, TimeProvider time) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        assignments.Load();
        book.Load();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        book.Flush();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WriteDelay, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (book.HasPending)
                {
                    book.Flush();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
