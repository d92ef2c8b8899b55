namespace ScenarioEdge.Tests.Shared;

/// <summary>
/// Bytes a piece of code allocates on the calling thread, measured so that a one-off runtime event cannot fail a
/// zero-allocation test. <see cref="GC.GetAllocatedBytesForCurrentThread"/> is exact for the code's own objects,
/// but under a loaded full run the runtime now and then charges the measuring thread for its own work during a batch
/// (tier-up, allocation-context bookkeeping around a collection on another thread: one CI run saw 32,664 B, four
/// allocation quanta, in a loop that allocates nothing). The batch is therefore run several times and the quietest
/// run is reported. That keeps the test honest: code that allocates per call allocates in every batch, so the least
/// is still above zero.
/// </summary>
internal static class Allocations
{
    public const int Runs = 5;

    /// <summary>Least bytes allocated by one run of <paramref name="batch"/> over <see cref="Runs"/> runs.</summary>
    public static long LeastPerBatch(Action batch) => LeastOfRuns(_ =>
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        batch();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    });

    /// <summary>
    /// Least of what <paramref name="measuredRun"/> reports for runs 0 to <see cref="Runs"/> - 1, every run made; for
    /// a test that measures only part of each step (the run returns the bytes it counted).
    /// </summary>
    public static long LeastOfRuns(Func<int, long> measuredRun)
    {
        var least = long.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            least = Math.Min(least, measuredRun(run));
        }

        return least;
    }
}
