using System.Numerics;

namespace ScenarioEdge.Scenes;

/// <summary>
/// When and where one shopper usually travels, learned from the shopper's own activity signals in event time. Per
/// half-hour slot of the local day one 32-bit cell: a bit for each of the last 16 days on which the shopper moved at
/// travel speed in that slot along the slot's usual route, that route's place signature (the store the phone's
/// distance refers to and the range of log-scaled distance bands of those trips) and the day of the slot's last
/// vote; plus a bit per day on which the shopper was heard at all. About 0.4 KB per shopper, fixed.
/// Day bits rather than decayed counts so that retention drops exactly the days older than the retention period,
/// and a reason can say "4 of the last 5 weekdays". Owned by one partition worker, like the scene, but outlives it.
/// </summary>
public sealed partial class RouteHabit(string shopper)
{
    public const int Slots = 48;
    public const int DaysKept = 16;
    public const int MaxStores = 4;
    private const uint DaysMask = 0xFFFF;
    private const int LoShift = 16;
    private const int HiShift = 20;
    private const int StoreShift = 24;
    private const int VoteShift = 26;
    private static readonly long SlotTicks = TimeSpan.FromMinutes(30).Ticks;

    private readonly uint[] _cells = new uint[Slots];
    private readonly string?[] _stores = new string?[MaxStores];
    private uint _observed;
    private uint _weekdays;
    private int _placeStore = -1;
    private int _placeBand;
    private long _placeAt;

    public string Shopper => shopper;

    /// <summary>Local day number (days since 0001-01-01, a Monday, in local time) of day bit 0.</summary>
    public int Day { get; private set; }

    /// <summary>Local time minus UTC, as last seen in a signal that carried the store's local hour.</summary>
    public int OffsetMinutes { get; private set; }

    public bool HasOffset { get; private set; }

    /// <summary>Event time (UTC ticks) of the last change worth keeping.</summary>
    public long ChangedAt { get; private set; }

    /// <summary>Changed since the last snapshot (kept by <see cref="RouteHabits"/>).</summary>
    internal bool Dirty { get; set; }

    /// <summary>Learns from one activity signal; true when something worth keeping changed.</summary>
    public bool Observe(in SceneSignal s, long at, RouteHabitOptions o)
    {
        var changed = false;
        if (TryOffset(s, out var offset) && (!HasOffset || offset != OffsetMinutes))
        {
            OffsetMinutes = offset;
            HasOffset = true;
            changed = true;
        }

        if (!HasOffset)
        {
            return false;
        }

        var (day, slot) = Local(at);
        changed |= Roll(day);
        var bit = BitOf(day);
        if (bit != 0)
        {
            changed |= (_observed & bit) == 0;
            _observed |= bit;
            if (s.Store is not null && !double.IsNaN(s.DistanceToStoreM))
            {
                _placeStore = StoreIndex(s.Store, ref changed);
                _placeBand = Band(s.DistanceToStoreM, o);
                _placeAt = at;
            }

            if (s.SpeedMps >= o.RouteTravelSpeedMps && PlaceFresh(at, o))
            {
                changed |= Vote(slot, bit, day);
            }
        }

        if (changed)
        {
            ChangedAt = Math.Max(ChangedAt, at);
        }

        return changed;
    }

    /// <summary>
    /// How regular travelling now is: on how many past days of the same kind (weekday or weekend) within
    /// <see cref="RouteHabitOptions.RouteHabitDays"/> the shopper travelled in this slot or a neighbouring one along a
    /// similar place (same store, distance band ± 1; any place when the phone has not said where it is lately).
    /// No verdict before <see cref="RouteHabitOptions.RouteHabitMinDays"/> observed past days of any kind.
    /// </summary>
    public RouteRegularity Judge(long at, RouteHabitOptions o)
    {
        if (!HasOffset || Day == 0)
        {
            return default;
        }

        var (day, slot) = Local(at);
        var shift = day - Day;
        var first = Math.Max(0, 1 - shift);
        var last = Math.Min(DaysKept - 1, o.RouteHabitDays - shift);
        if (last < first)
        {
            return default;
        }

        var past = Bits(last) & ~Bits(first - 1);
        if (BitOperations.PopCount(_observed & past) < o.RouteHabitMinDays)
        {
            return default;
        }

        var weekend = day % 7 >= 5;
        var sameKind = (weekend ? ~_weekdays : _weekdays) & past;
        var observed = BitOperations.PopCount(_observed & sameKind);
        if (observed == 0)
        {
            return new RouteRegularity(RouteRegularityKind.Irregular, 0, 0, weekend, 0);
        }

        var placeKnown = PlaceFresh(at, o);
        var travelled = 0u;
        for (var k = Math.Max(0, slot - 1); k <= Math.Min(Slots - 1, slot + 1); k++)
        {
            var cell = _cells[k];
            if ((cell & DaysMask) != 0 && (!placeKnown || Same(cell, _placeStore, _placeBand)))
            {
                travelled |= cell & DaysMask;
            }
        }

        var days = BitOperations.PopCount(travelled & sameKind);
        var share = (double)days / observed;
        return days >= o.RouteRegularMinTrips && share >= o.RouteRegularMinShare
            ? new RouteRegularity(RouteRegularityKind.Regular, (byte)days, (byte)observed, weekend, (float)(o.RouteHabitBoost * share))
            : new RouteRegularity(RouteRegularityKind.Irregular, (byte)days, (byte)observed, weekend, 0);
    }

    /// <summary>Local hour of <paramref name="at"/> (NaN before any signal said what the local time is).</summary>
    public double LocalHour(long at) =>
        HasOffset ? (at + (OffsetMinutes * TimeSpan.TicksPerMinute)) % TimeSpan.TicksPerDay / (double)TimeSpan.TicksPerHour : double.NaN;

    /// <summary>Forgets the days that ended before <paramref name="cutoffTicks"/> (UTC); true when nothing is left.</summary>
    public bool ExpireBefore(long cutoffTicks, out bool changed)
    {
        changed = false;
        if (Day == 0)
        {
            return true;
        }

        var keepUpTo = Day - (int)((cutoffTicks + (OffsetMinutes * TimeSpan.TicksPerMinute)) / TimeSpan.TicksPerDay);
        var keep = keepUpTo < 0 ? 0 : keepUpTo >= DaysKept - 1 ? DaysMask : Bits(keepUpTo);
        changed = (_observed & ~keep) != 0;
        _observed &= keep;
        for (var k = 0; k < Slots; k++)
        {
            var cell = _cells[k];
            changed |= (cell & DaysMask & ~keep) != 0;
            _cells[k] = (cell & ~DaysMask) | (cell & keep);
        }

        return _observed == 0;
    }

    private (int Day, int Slot) Local(long at)
    {
        var local = at + (OffsetMinutes * TimeSpan.TicksPerMinute);
        return ((int)(local / TimeSpan.TicksPerDay), (int)(local % TimeSpan.TicksPerDay / SlotTicks));
    }

    private uint BitOf(int day) => day <= Day && Day - day < DaysKept ? 1u << (Day - day) : 0;

    /// <summary>A new local day: every day bit moves on; what falls out of the 16 days is gone.</summary>
    private bool Roll(int day)
    {
        if (day <= Day)
        {
            return false;
        }

        var shift = day - Day;
        for (var k = 0; k < Slots; k++)
        {
            var cell = _cells[k];
            var days = shift >= DaysKept ? 0 : ((cell & DaysMask) << shift) & DaysMask;
            _cells[k] = (cell & ~DaysMask) | days;
        }

        _observed = shift >= DaysKept ? 0 : (_observed << shift) & DaysMask;
        Day = day;
        _weekdays = Weekdays(day);
        return true;
    }

    /// <summary>
    /// One day's trip in a slot. A slot keeps one route by majority vote over days: a trip along it marks the day; a
    /// trip elsewhere takes one day away from it (once a day), and only an empty slot takes a new route — so an
    /// odd ride does not overwrite a commute, while a new commute takes over after as many days as the old one had.
    /// </summary>
    private bool Vote(int slot, uint bit, int day)
    {
        var cell = _cells[slot];
        var days = cell & DaysMask;
        var voteDay = (uint)(day & 63);
        if ((days & bit) != 0)
        {
            // Already counted today: the trip goes on through neighbouring bands.
            return Same(cell, _placeStore, _placeBand) && Widen(slot, cell, _placeBand);
        }

        if (days != 0 && cell >> VoteShift == voteDay)
        {
            return false;
        }

        if (days == 0)
        {
            _cells[slot] = bit | ((uint)_placeBand << LoShift) | ((uint)_placeBand << HiShift) | ((uint)_placeStore << StoreShift) | (voteDay << VoteShift);
        }
        else if (Same(cell, _placeStore, _placeBand))
        {
            _cells[slot] = (cell & ~(63u << VoteShift)) | bit | (voteDay << VoteShift);
            Widen(slot, _cells[slot], _placeBand);
        }
        else
        {
            days &= ~(1u << (31 - BitOperations.LeadingZeroCount(days)));
            _cells[slot] = (cell & ~DaysMask & ~(63u << VoteShift)) | days | (voteDay << VoteShift);
        }

        return true;
    }

    private bool Widen(int slot, uint cell, int band)
    {
        var lo = (int)((cell >> LoShift) & 15);
        var hi = (int)((cell >> HiShift) & 15);
        if (band >= lo && band <= hi)
        {
            return false;
        }

        lo = Math.Min(lo, band);
        hi = Math.Max(hi, band);
        _cells[slot] = (cell & ~(0xFFu << LoShift)) | ((uint)lo << LoShift) | ((uint)hi << HiShift);
        return true;
    }

    private static bool Same(uint cell, int store, int band) =>
        (int)((cell >> StoreShift) & 3) == store && band >= (int)((cell >> LoShift) & 15) - 1 && band <= (int)((cell >> HiShift) & 15) + 1;

    private bool PlaceFresh(long at, RouteHabitOptions o) => _placeStore >= 0 && at - _placeAt <= o.RoutePlaceFreshFor.Ticks;

    private int StoreIndex(string store, ref bool changed)
    {
        for (var i = 0; i < MaxStores; i++)
        {
            if (string.Equals(_stores[i], store, StringComparison.Ordinal))
            {
                return i;
            }
        }

        changed = true;
        var free = Array.IndexOf(_stores, null);
        if (free < 0)
        {
            // A fifth store: the one fewest slots remember gives way, with its slots.
            var uses = new int[MaxStores];
            foreach (var cell in _cells)
            {
                uses[(cell >> StoreShift) & 3] += (cell & DaysMask) != 0 ? 1 : 0;
            }

            free = Array.IndexOf(uses, uses.Min());
            for (var k = 0; k < Slots; k++)
            {
                _cells[k] = (_cells[k] >> StoreShift & 3) == free ? 0 : _cells[k];
            }
        }

        _stores[free] = store;
        return free;
    }
}
