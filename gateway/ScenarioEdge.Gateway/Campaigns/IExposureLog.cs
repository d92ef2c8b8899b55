using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The campaign runtime's seam to the experiments (owned here, by the caller; the Experiments folder implements it):
/// which arm a unit is in, every decision about a consenting shopper as it is made (the first that exposes the unit
/// opens its journey; a send stamps it), and a write of what is pending at the runtime's own writes. Called on the
/// runtime's worker: quick, never blocking on the network.
/// </summary>
public interface IExposureLog : IArmSource
{
    void Decided(DecisionRecord decision, in TriggerFact fact);

    /// <summary>Writes what is pending now (the runtime's flush, and its last write at stop).</summary>
    void Flush();
}
