using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>First rule of the campaign stage: welcome a shopper who enters a store.</summary>
public sealed class WelcomeCampaign(IOptionsMonitor<WelcomeOptions> options, PushQueue delivery) : IPresenceSink
{
    public const string Id = "welcome";

    public void OnTransition(PresenceTransition transition)
    {
        var o = options.CurrentValue;
        if (!o.Enabled || transition.Kind != PresenceTransitionKind.Entered)
        {
            return;
        }

        delivery.Enqueue(new PushIntent(
            transition.Shopper, transition.Store, Id, o.Title, o.Body,
            $"entered store {transition.Store} at zone {transition.Zone}", transition.At, transition.ArrivalTimestamp, o.Cooldown));
    }
}
