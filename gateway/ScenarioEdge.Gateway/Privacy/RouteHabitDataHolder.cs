using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// A shopper's route habit (collection <c>routehabits</c> and its live copy on the scene partition): activity data,
/// kept only with the activity consent. Exported as the days and trips it holds (as of the last snapshot), erased
/// in LiteDB at once and on the partition right after, and no day older than retention is kept.
/// </summary>
public sealed class RouteHabitDataHolder(GatewayDatabase database, SceneEngine scenes, IOptions<SceneOptions> options) : IShopperDataHolder
{
    public string Name => "routeHabits";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Activity };

    public IReadOnlyList<object> Export(string shopper) =>
        database.RouteHabits.FindById(shopper) is { } record ? [RouteHabit.FromRecord(record).Describe(options.Value.Routes)] : [];

    public int EraseData(string shopper)
    {
        var erased = database.RouteHabits.Delete(shopper) ? 1 : 0;
        // The live copy goes through its partition's queue (which then deletes again, after any copy still in flight).
        _ = scenes.ForgetHabitAsync(shopper, CancellationToken.None).AsTask();
        return erased;
    }

    public int ExpireBefore(DateTime cutoff)
    {
        var removed = 0;
        foreach (var record in database.RouteHabits.FindAll().ToList())
        {
            var habit = RouteHabit.FromRecord(record);
            if (habit.ExpireBefore(cutoff.Ticks, out var changed))
            {
                database.RouteHabits.Delete(record.Id);
                removed++;
            }
            else if (changed)
            {
                database.RouteHabits.Update(habit.ToRecord());
                removed++;
            }
        }

        _ = scenes.ExpireHabitsAsync(cutoff, CancellationToken.None).AsTask();
        return removed;
    }
}
