using System.Collections.Concurrent;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>
/// Runs work items from many threads against a gateway and disposes the gateway when half of them have started: the
/// calls made during the shutdown finish or fail with the host, and none is made after (as for a crash, a caller whose
/// call failed never learned its answer). Returns the answers that came back, per item.
/// </summary>
internal static class RestartMidway
{
    public static async Task<ConcurrentDictionary<int, ConcurrentBag<TAnswer>>> RunAsync<TAnswer>(
        GatewayFixture gateway, int count, Func<int, TAnswer> work, int threads = 8)
    {
        var answers = new ConcurrentDictionary<int, ConcurrentBag<TAnswer>>();
        var next = -1;
        var stopAt = count / 2;
        using var goingDown = new ManualResetEventSlim();
        using var halfway = new SemaphoreSlim(0);
        var running = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var last = i >= stopAt;
                if (last)
                {
                    halfway.Release();
                    goingDown.Wait();
                }

                try
                {
                    answers.GetOrAdd(i, _ => []).Add(work(i));
                    if (last)
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is ObjectDisposedException or LiteDB.LiteException or InvalidOperationException or IOException)
                {
                    return;
                }
            }
        })).ToArray();

        for (var t = 0; t < threads; t++)
        {
            Assert.True(await halfway.WaitAsync(TimeSpan.FromSeconds(60)), "every thread at the halfway mark");
        }

        var stopping = gateway.DisposeAsync().AsTask();
        goingDown.Set();
        await stopping;
        await Task.WhenAll(running);
        return answers;
    }
}
