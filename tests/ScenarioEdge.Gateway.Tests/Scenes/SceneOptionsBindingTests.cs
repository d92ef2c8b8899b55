using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Tests.Scenes;

/// <summary>The scene settings split by concern keep their flat keys in section <c>Scenes</c>, and a bad one still fails naming it.</summary>
public sealed class SceneOptionsBindingTests
{
    [Fact]
    public async Task Create_FlatSceneKeys_ReachEveryPart()
    {
        await using var app = GatewayHost.Create(
        [
            "--Scenes:PresenceThresholdDbm=-80", "--Scenes:ZoneSwitchDriftDb=3.5", "--Scenes:DefaultDwell=00:00:30",
            "--Scenes:QuietSoundDb=60", "--Scenes:RouteHabitDays=10", "--Scenes:RouteHabits=false", "--Scenes:IdleExpiry=00:20:00",
        ]);

        var options = app.Services.GetRequiredService<IOptions<SceneOptions>>().Value;

        Assert.Equal(-80, options.Presence.PresenceThresholdDbm);
        Assert.Equal(3.5, options.Zones.ZoneSwitchDriftDb);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Dwell.DefaultDwell);
        Assert.Equal(60, options.Activity.QuietSoundDb);
        Assert.Equal(10, options.Routes.RouteHabitDays);
        Assert.False(options.Routes.RouteHabits);
        Assert.Equal(TimeSpan.FromMinutes(20), options.IdleExpiry);
        // The parts the engine's other users ask for are the same objects the whole holds.
        Assert.Same(app.Services.GetRequiredService<IOptions<ZoneOptions>>().Value, options.Zones);
    }

    [Theory]
    [InlineData("--Scenes:ZoneSwitchDriftDb=99", "ZoneSwitchDriftDb")]
    [InlineData("--Scenes:EnterMinSightings=0", "EnterMinSightings")]
    [InlineData("--Scenes:LateTolerance=01:00:00", "LateTolerance")]
    [InlineData("--Scenes:RouteHabitMinDays=9", "RouteHabitMinDays")]
    public async Task Create_SceneSettingOutOfRange_FailsNamingTheKey(string setting, string key)
    {
        await using var app = GatewayHost.Create([setting, "--Scenes:RouteHabitDays=5"]);

        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<SceneOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }
}
