using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Sticky assignment: a unit's arm under a salt is the one fixed at its first exposure (kept in memory, written to
/// <c>assignments</c> with the journey in one transaction, read back at start); before that, the global control
/// group (shoppers only) and then the hash. So a later change of weights, or of the control share, moves no unit
/// already exposed, across restarts; only units not yet exposed see the new split.
/// </summary>
public sealed class ArmAssignments(GatewayDatabase database, IOptions<ExperimentOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Salt, string Unit), string> _fixed = [];
    private readonly double _controlShare = options.Value.GlobalControlPercent / 100;
    private readonly string _controlSalt = options.Value.GlobalControlSalt;

    /// <summary>Reads the fixed arms back (start).</summary>
    public void Load()
    {
        lock (_gate)
        {
            foreach (var a in database.Assignments.FindAll())
            {
                _fixed[(a.Salt, a.Unit)] = a.Arm;
            }
        }
    }

    public CompiledArm ArmOf(CompiledCampaign campaign, string unit, bool shopperUnit)
    {
        var experiment = campaign.Experiment;
        string? name;
        lock (_gate)
        {
            _fixed.TryGetValue((experiment.Salt, unit), out name);
        }

        // A variant removed in a later version no longer exists: the unit is assigned again among the arms there are.
        if (name is not null && experiment.Find(name) is { } kept)
        {
            return kept;
        }

        return shopperUnit && _controlShare > 0 && Bucket.Of(_controlSalt, unit) < _controlShare
            ? experiment.Control
            : experiment.Assign(unit);
    }

    /// <summary>Fixes the unit's arm at its first exposure; returns the record to write, or null when it was fixed already.</summary>
    public AssignmentRecord? Fix(string salt, string unit, string? shopper, string arm, string campaign, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_fixed.TryGetValue((salt, unit), out var held) && held == arm)
            {
                return null;
            }

            _fixed[(salt, unit)] = arm;
        }

        return new AssignmentRecord { Id = AssignmentRecord.KeyOf(salt, unit), Salt = salt, Unit = unit, Shopper = shopper, Arm = arm, Campaign = campaign, At = at.UtcDateTime };
    }

    /// <summary>Retention deleted these fixed arms from the file.</summary>
    public void Drop(IEnumerable<(string Salt, string Unit)> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _fixed.Remove(key);
            }
        }
    }

    /// <summary>Erasure: the shopper's fixed arms go (a shopper who comes back is a unit not yet exposed).</summary>
    public void Forget(string shopper)
    {
        lock (_gate)
        {
            foreach (var key in _fixed.Keys.Where(k => k.Unit == shopper).ToList())
            {
                _fixed.Remove(key);
            }
        }
    }
}
