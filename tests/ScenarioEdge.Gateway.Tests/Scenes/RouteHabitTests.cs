using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Gateway.Tests.Scenes.Trips;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class RouteHabitTests
{
    private readonly SceneOptions _options = new();
    private readonly List<SceneChange> _out = [];

    [Fact]
    public void Apply_RodeAtEightOnFourPriorWeekdays_CommutingSoonerAndSurerThanStranger()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "regular", 8, 0, 1, 2, 3);
        // The stranger has history too (three weekdays at noon), so both are judged by their own habit.
        History(tracker, "stranger", 12, 0, 1, 2);
        _out.Clear();

        var regular = FirstCommuting(tracker, "regular", out var reasons, out var pRegular);
        var stranger = FirstCommuting(tracker, "stranger", out _, out var pStranger);

        Assert.NotNull(regular);
        Assert.True(stranger is null || regular < stranger, $"regular at {regular}, stranger at {stranger}");
        Assert.True(pRegular > pStranger + 0.1, $"p(commuting) regular {pRegular:0.00}, stranger {pStranger:0.00}");
        Assert.Contains("regular trip: travelled at this time on 4 of the last 4 weekdays", reasons);
    }

    [Fact]
    public void Apply_LeisureRideAtUnusualHour_NotBoostedAndExercising()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "alice", 8, 0, 1, 2, 3, 4);
        _out.Clear();

        // Saturday 10:00, a ride somewhere else.
        RideNow(tracker, "alice", 5, 10, fromM: 12_000, toM: 20_000);

        var scene = tracker.Find("alice")!;
        Assert.Equal(RouteRegularityKind.Irregular, scene.Evidence.Route.Kind);
        Assert.Equal(0f, scene.Evidence.CommuteBoost);
        Assert.Equal(SceneState.Exercising, scene.State);
        Assert.Contains(_out.Last().Reasons, r => r.StartsWith("not a regular trip", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_NoHistory_StoreWideCommuteHoursApply()
    {
        var tracker = new SceneTracker(_options);
        RideNow(tracker, "newcomer", 0, 8);

        var scene = tracker.Find("newcomer")!;
        Assert.Equal(RouteRegularityKind.NoHistory, scene.Evidence.Route.Kind);
        Assert.True(scene.Evidence.CommuteHours);
        Assert.Equal((float)_options.Activity.CommuteHoursBoost, scene.Evidence.CommuteBoost);
    }

    [Fact]
    public void Apply_HistoryWithoutTripsAtThisHour_ReplacesStoreWideCommuteHours()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "luncher", 12, 0, 1, 2);

        RideNow(tracker, "luncher", 3, 8);

        var scene = tracker.Find("luncher")!;
        Assert.Equal(RouteRegularityKind.Irregular, scene.Evidence.Route.Kind);
        Assert.False(scene.Evidence.CommuteHours);
        Assert.Equal(0f, scene.Evidence.CommuteBoost);
    }

    [Fact]
    public void Advance_SceneIdleExpired_HabitSurvivesAndStillJudges()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "alice", 8, 0, 1, 2, 3);
        tracker.Advance("s1", Ticks(3, 9) + _options.IdleExpiry.Ticks + TimeSpan.FromMinutes(1).Ticks, _out);
        Assert.Equal(0, tracker.Count);
        Assert.NotNull(tracker.Habits.Find("alice"));

        RideNow(tracker, "alice", 4, 8);

        Assert.Equal(RouteRegularityKind.Regular, tracker.Find("alice")!.Evidence.Route.Kind);
    }

    [Fact]
    public void ExpireHabits_DaysBeforeCutoff_ForgottenInMemory()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "alice", 8, 0, 1, 2, 3);
        var emptied = new List<string>();

        tracker.ExpireHabits(Ticks(2, 0), emptied);
        RideNow(tracker, "alice", 4, 8);

        // Only Wednesday and Thursday remain: too few days to judge.
        Assert.Empty(emptied);
        Assert.Equal(RouteRegularityKind.NoHistory, tracker.Find("alice")!.Evidence.Route.Kind);
        tracker.ExpireHabits(Ticks(6, 0), emptied);
        Assert.Equal(["alice"], emptied);
        Assert.Null(tracker.Habits.Find("alice"));
    }

    [Fact]
    public void ForgetHabit_LiveScene_NoLongerJudgedByIt()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "alice", 8, 0, 1, 2, 3);

        RideNow(tracker, "alice", 4, 7);
        Assert.True(tracker.ForgetHabit("alice"));
        RideNow(tracker, "alice", 4, 8);

        Assert.Equal(RouteRegularityKind.NoHistory, tracker.Find("alice")!.Evidence.Route.Kind);
    }

    [Fact]
    public void TakeChanged_OnlyChangedHabitsAndOnlyAfterTheSavePeriod()
    {
        var tracker = new SceneTracker(_options);
        History(tracker, "alice", 8, 0);
        var records = new List<RouteHabitSnapshot>();

        tracker.Habits.TakeChanged(Ticks(0, 9), records);
        Assert.Single(records);
        tracker.Habits.TakeChanged(Ticks(0, 9) + _options.Routes.RouteHabitSaveEvery.Ticks, records);
        Assert.Single(records);
        History(tracker, "alice", 8, 1);
        tracker.Habits.TakeChanged(Ticks(1, 9) - 1, records);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Apply_SteadyStateSignalsWithHabits_AllocateNothingPerSignal()
    {
        var tracker = new SceneTracker(_options);
        var signals = Enumerable.Range(0, 1000).Select(i => Ride($"sh{i}", 4, 8, minutes: 1).First()).ToArray();
        for (var day = 0; day < 4; day++)
        {
            Run(tracker, signals, TimeSpan.FromDays(day).Ticks, 0, 10);
        }

        // Warm-up on Friday: state, habits and the code path are ready (tiering allocates on its own).
        Run(tracker, signals, TimeSpan.FromDays(4).Ticks, 0, 10);
        _out.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(tracker, signals, TimeSpan.FromDays(4).Ticks, 10, 25);

        Assert.Equal(RouteRegularityKind.Regular, tracker.Find("sh1")!.Evidence.Route.Kind);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < signals.Length * 15, $"{allocated} bytes allocated over {signals.Length * 15} signals");
    }

    [Fact]
    public void Validate_MinDaysBeyondTheWindow_FailsNamingTheKey()
    {
        var options = new RouteHabitOptions { RouteHabitDays = 5, RouteHabitMinDays = 6 };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(RouteHabitOptions.RouteHabitMinDays)));
    }

    private void Run(SceneTracker tracker, SceneSignal[] signals, long dayShift, int from, int to)
    {
        for (var round = from; round < to; round++)
        {
            var shift = dayShift - TimeSpan.FromDays(4).Ticks + TimeSpan.FromSeconds(10 * round).Ticks;
            foreach (var s in signals)
            {
                tracker.Apply(s with { AtTicks = s.AtTicks + shift }, _out);
            }
        }
    }

    private void RideNow(SceneTracker tracker, string shopper, int day, double hour, double fromM = 3000, double toM = 600)
    {
        foreach (var signal in Ride(shopper, day, hour, fromM: fromM, toM: toM))
        {
            tracker.Apply(signal, _out);
        }
    }

    private DateTimeOffset? FirstCommuting(SceneTracker tracker, string shopper, out IReadOnlyList<string> reasons, out double probability)
    {
        reasons = [];
        probability = 0;
        DateTimeOffset? first = null;
        foreach (var signal in Ride(shopper, 4, 8, minutes: 3))
        {
            _out.Clear();
            tracker.Apply(signal, _out);
            if (first is null && _out.FirstOrDefault(c => c.State == SceneState.Commuting) is { } change)
            {
                first = change.At;
                reasons = change.Reasons;
            }

            probability = tracker.Find(shopper)!.Evidence.Probability(SceneState.Commuting);
        }

        return first;
    }
}
