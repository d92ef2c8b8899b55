namespace ScenarioEdge.EdgeAgent.Tests.Gpio;

/// <summary>
/// Simulated time for bit-banged chips: it moves only when the fake chip says a pin operation took time (or a test
/// plays a pre-empted thread), and a delay (the driver's poll for data-ready) moves it by the delay and completes at
/// once. Both the driver's pulse timing and the fake chip's power-down read this one clock, so a read's timing is the
/// same on an idle laptop and on a CI machine running four test projects on two cores.
/// </summary>
internal sealed class GpioClock : TimeProvider
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Volatile.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new Delay(this, callback, state, dueTime);

    /// <summary>A one-shot timer: arming it moves the clock by its due time and runs the callback on the pool.</summary>
    private sealed class Delay : ITimer
    {
        private readonly GpioClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _fired;

        public Delay(GpioClock clock, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            (_clock, _callback, _state) = (clock, callback, state);
            Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan || Interlocked.Exchange(ref _fired, 1) == 1)
            {
                return true;
            }

            _clock.Advance(dueTime);
            ThreadPool.UnsafeQueueUserWorkItem(s => _callback(s), _state, preferLocal: false);
            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
