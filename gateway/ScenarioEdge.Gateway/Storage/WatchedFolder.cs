using System.Threading.Channels;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A folder of documents the gateway reads (campaigns, coupon definitions): file events are collapsed into one
/// signal, and <see cref="WaitAsync"/> returns once a burst of events has been quiet for the debounce time, or when
/// the rescan time has passed without any (in case an event was missed: network shares, watcher overflow).
/// </summary>
public sealed class WatchedFolder : IDisposable
{
    private readonly Channel<bool> _events = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly FileSystemWatcher _watcher;
    private readonly TimeProvider _time;

    /// <param name="onError">Told of a watcher error (then a pass runs anyway).</param>
    public WatchedFolder(string path, TimeProvider time, Action<Exception>? onError = null)
    {
        _time = time;
        _watcher = new FileSystemWatcher(path) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += (_, _) => Signal();
        _watcher.Created += (_, _) => Signal();
        _watcher.Deleted += (_, _) => Signal();
        _watcher.Renamed += (_, _) => Signal();
        _watcher.Error += (_, e) =>
        {
            onError?.Invoke(e.GetException());
            Signal();
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Asks for a pass, as a file event does (a change elsewhere the folder's documents depend on).</summary>
    public void Signal() => _events.Writer.TryWrite(true);

    /// <summary>Until an event has been quiet for <paramref name="debounce"/>, or <paramref name="rescan"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan debounce, TimeSpan rescan, CancellationToken stoppingToken)
    {
        using (var timer = new CancellationTokenSource(rescan, _time))
        using (var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token))
        {
            try
            {
                await _events.Reader.ReadAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }

        // Quiet period: every further event restarts it.
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(debounce, _time, quiet.Token);
            var next = _events.Reader.WaitToReadAsync(quiet.Token).AsTask();
            if (await Task.WhenAny(delay, next) == delay)
            {
                await quiet.CancelAsync();
                stoppingToken.ThrowIfCancellationRequested();
                return;
            }

            await quiet.CancelAsync();
            stoppingToken.ThrowIfCancellationRequested();
            _events.Reader.TryRead(out _);
        }
    }

    public void Dispose() => _watcher.Dispose();
}
