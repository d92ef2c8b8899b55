using System.Security.Cryptography;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>Erasure: the journeys stay (past reports keep their counts) but no longer lead to the shopper.</summary>
public sealed partial class JourneyBook
{
    /// <summary>The shopper's journeys and fixed arms, written and pending.</summary>
    public (IReadOnlyList<JourneyRecord> Journeys, IReadOnlyList<AssignmentRecord> Assignments) Of(string shopper)
    {
        Flush();
        return ([.. database.Journeys.Find(j => j.Shopper == shopper)], [.. database.Assignments.Find(a => a.Shopper == shopper)]);
    }

    /// <summary>
    /// Each of the shopper's journeys gets a random unit of its own (unlinkable, to the shopper and to one another)
    /// and loses the shopper; the shopper's assignments are deleted. Returns how many records changed.
    /// </summary>
    public int Unlink(string shopper)
    {
        lock (_writing)
        {
            var changed = 0;
            lock (_gate)
            {
                foreach (var journey in _new.Values.Where(j => j.Shopper == shopper).ToList())
                {
                    var old = (journey.Campaign, journey.Unit);
                    _new.Remove(old);
                    _known.Remove(old);
                    Anonymise(journey);
                    _new[(journey.Campaign, journey.Unit)] = journey;
                    _known.Add((journey.Campaign, journey.Unit));
                    if (_stamps.Remove(old, out var stamp))
                    {
                        _stamps[(journey.Campaign, journey.Unit)] = stamp;
                    }

                    changed++;
                }

                changed += _assignments.RemoveAll(a => a.Shopper == shopper);
            }

            return changed + database.Atomically(() =>
            {
                var written = database.Journeys.Find(j => j.Shopper == shopper).ToList();
                foreach (var journey in written)
                {
                    Rekey(journey);
                }

                return written.Count + database.Assignments.DeleteMany(a => a.Shopper == shopper);
            });
        }
    }

    /// <summary>
    /// Retention: journeys older than <paramref name="cutoff"/> of campaigns no longer running lose the shopper link
    /// like an erasure, and their assignments go. A running campaign keeps them: re-keyed mid-experiment, a shopper
    /// would be exposed, assigned and counted a second time.
    /// </summary>
    public (int Expired, IReadOnlyList<(string Salt, string Unit)> DroppedArms) ExpireBefore(DateTime cutoff, Func<string, bool> running)
    {
        ArgumentNullException.ThrowIfNull(running);
        Flush();
        lock (_writing)
        {
            return database.Atomically(() =>
            {
                var old = database.Journeys.Find(j => j.Shopper != null && j.ExposedAt < cutoff).Where(j => !running(j.Campaign)).ToList();
                foreach (var journey in old)
                {
                    Rekey(journey);
                }

                var arms = database.Assignments.Find(a => a.At < cutoff).Where(a => !running(a.Campaign)).ToList();
                foreach (var arm in arms)
                {
                    database.Assignments.Delete(arm.Id);
                }

                return (old.Count + arms.Count, (IReadOnlyList<(string, string)>)[.. arms.Select(a => (a.Salt, a.Unit))]);
            });
        }
    }

    private static void Anonymise(JourneyRecord journey)
    {
        journey.Unit = "erased:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        journey.Id = JourneyRecord.KeyOf(journey.Campaign, journey.Unit);
        journey.Shopper = null;
    }

    /// <summary>
    /// Gives a written journey an unlinkable unit (erasure, retention): the record under its new id, and the known
    /// set and any pending stamp moved with it, so a stamp waiting for the writer lands on the re-keyed journey.
    /// Runs inside the caller's transaction.
    /// </summary>
    private void Rekey(JourneyRecord journey)
    {
        var old = (journey.Campaign, journey.Unit);
        database.Journeys.Delete(journey.Id);
        Anonymise(journey);
        database.Journeys.Insert(journey);
        lock (_gate)
        {
            _known.Remove(old);
            _known.Add((journey.Campaign, journey.Unit));
            if (_stamps.Remove(old, out var stamp))
            {
                _stamps[(journey.Campaign, journey.Unit)] = stamp;
            }
        }
    }
}
