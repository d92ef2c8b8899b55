using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Experiments;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>The report's read seam besides the journeys: the arms and weights of a campaign's experiment.</summary>
public sealed class ExperimentDesignTests
{
    [Fact]
    public async Task Design_ActiveCampaign_ArmsWeightsAndControlShare()
    {
        var folder = Folder(("x-design.yaml", Campaign("x-design", "experiment: {salt: s1, holdoutPercent: 10, variants: [{name: a, weight: 1}, {name: b, weight: 3}]}")));
        await using var gateway = await StartAsync(folder, new Dictionary<string, string?> { ["Gateway:Experiments:GlobalControlPercent"] = "5" }, campaigns: "x-design");

        var design = gateway.App.Services.GetRequiredService<ExperimentDesigns>().Of("x-design")!;

        Assert.Equal(("s1", 0.05, false), (design.Salt, design.GlobalControlShare, design.ByDisplaySlot));
        Assert.Equal([("a", 22.5, false), ("b", 67.5, false), ("holdout", 10.0, true)], design.Arms.Select(a => (a.Name, Math.Round(a.Weight, 9), a.Holdout)));
        Assert.Null(gateway.App.Services.GetRequiredService<ExperimentDesigns>().Of("no-such-campaign"));
    }
}
