using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>
/// Moves a fake clock forward step by step until a task completes. Hosted services start their timers on their own
/// threads, so a single advance may come before the timer exists; stepping until the awaited effect happens is
/// deterministic about the outcome without guessing a sleep.
/// </summary>
internal static class FakeTime
{
    public static async Task<T> AdvanceUntilAsync<T>(FakeTimeProvider time, TimeSpan step, Task<T> task, TimeSpan timeout)
    {
        await AdvanceUntilAsync(time, step, (Task)task, timeout);
        return await task;
    }

    public static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Task task, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"gave up after advancing the fake clock for {waited.Elapsed.TotalSeconds:0} s");
            }

            time.Advance(step);
            await Task.WhenAny(task, Task.Delay(25));
        }

        await task;
    }
}
