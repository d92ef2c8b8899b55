using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Campaigns.Tests.Limits;

public sealed class CapCheckTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly CapRule Daily = new("daily", CapScope.Campaign, 1, null);
    private static readonly CapRule Rolling24 = new("rolling", CapScope.Campaign, 1, TimeSpan.FromHours(24));

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Exceeded_CalendarDayOnSpringForward_DayIs23HoursAndEndsAtLocalMidnight()
    {
        // 29 March 2026: Berlin moves from +1 to +2 at 02:00. 00:30 local is 23:30 UTC the day before.
        var state = new ShopperLimitState("s");
        state.RecordSent("c", "store-1", null, Utc(3, 28, 23, 30));

        // 23:45 local on the same day, only 22 h 15 min later: still the same calendar day.
        Assert.Equal(Utc(3, 29, 22, 0), CapCheck.Exceeded(Daily, "c", state, Utc(3, 29, 21, 45), Berlin));
        // 00:05 local on 30 March (22:05 UTC), 22 h 35 min after the send: a new day, although 24 h have not passed.
        Assert.Null(CapCheck.Exceeded(Daily, "c", state, Utc(3, 29, 22, 5), Berlin));
        Assert.Equal(Utc(3, 29, 23, 30), CapCheck.Exceeded(Rolling24, "c", state, Utc(3, 29, 22, 5), Berlin));
    }

    [Fact]
    public void Exceeded_CalendarDayOnFallBack_DayIs25Hours()
    {
        // 25 October 2026: Berlin moves from +2 to +1 at 03:00. 00:30 local is 22:30 UTC the day before.
        var state = new ShopperLimitState("s");
        state.RecordSent("c", "store-1", null, Utc(10, 24, 22, 30));

        // 23:30 local on 25 October is 22:30 UTC: 24 h later, the rolling window has passed, the local day has not.
        Assert.Null(CapCheck.Exceeded(Rolling24, "c", state, Utc(10, 25, 22, 30), Berlin));
        Assert.Equal(Utc(10, 25, 23, 0), CapCheck.Exceeded(Daily, "c", state, Utc(10, 25, 22, 30), Berlin));
    }

    [Fact]
    public void Strictest_SeveralRulesExceeded_NamesTheOneThatHoldsLongest()
    {
        var burst = new CapRule("burst", CapScope.AllCampaigns, 1, TimeSpan.FromHours(1));
        var daily = new CapRule("three-a-day", CapScope.AllCampaigns, 3, null);
        var state = new ShopperLimitState("s");
        // 08:00, 09:00 and 10:30 local on a winter day (UTC+1).
        state.RecordSent("a", "store-1", null, Utc(12, 2, 7, 0));
        state.RecordSent("b", "store-1", null, Utc(12, 2, 8, 0));
        state.RecordSent("a", "store-1", null, Utc(12, 2, 9, 30));

        var both = CapCheck.Strictest([burst, daily], "c", state, Utc(12, 2, 9, 45), Berlin);
        Assert.Equal(new CapVerdict("three-a-day", Utc(12, 2, 23, 0)), both);

        var onlyBurst = CapCheck.Strictest([burst, daily with { Count = 4 }], "c", state, Utc(12, 2, 9, 45), Berlin);
        Assert.Equal(new CapVerdict("burst", Utc(12, 2, 10, 30)), onlyBurst);
    }

    [Fact]
    public void Exceeded_RollingWindowOfN_EligibleWhenTheNthNewestSendAgesOut()
    {
        var rule = new CapRule("two-an-hour", CapScope.Campaign, 2, TimeSpan.FromHours(1));
        var state = new ShopperLimitState("s");
        state.RecordSent("c", "store-1", null, Utc(12, 2, 9, 0));
        state.RecordSent("c", "store-1", null, Utc(12, 2, 9, 20));
        state.RecordSent("other", "store-1", null, Utc(12, 2, 9, 25));
        state.RecordSent("c", "store-1", null, Utc(12, 2, 9, 40));

        Assert.Equal(Utc(12, 2, 10, 20), CapCheck.Exceeded(rule, "c", state, Utc(12, 2, 9, 50), Berlin));
        Assert.Null(CapCheck.Exceeded(rule, "other", state, Utc(12, 2, 9, 50), Berlin));
    }

    [Fact]
    public void PerVisit_StoreMaximumReached_NamesTheStoreRuleUntilANewVisit()
    {
        var state = new ShopperLimitState("s");
        state.RecordSent("a", "store-1", "v-1", Utc(12, 2, 9, 0));
        state.RecordSent("b", "store-1", "v-1", Utc(12, 2, 9, 5));

        Assert.Equal(new CapVerdict("store/2/visit", null), CapCheck.PerVisit(null, 2, "c", "v-1", state));
        Assert.Equal(new CapVerdict("campaign/1/visit", null), CapCheck.PerVisit(1, 5, "a", "v-1", state));
        Assert.Null(CapCheck.PerVisit(1, 2, "a", "v-2", state));
    }
}
