using System.Globalization;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Evaluation;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulator.Tests.Evaluation;

/// <summary>A scene judge that only writes down everything the engine would be given, in order, as encoded protocol messages.</summary>
internal sealed class InputRecordingJudge : ISceneJudge
{
    public List<string> Inputs { get; } = [];

    public IReadOnlyDictionary<string, int> Decisions { get; } = new Dictionary<string, int>();

    public IReadOnlyList<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> Log { get; } = [];

    public void Register(string shopper, string? wearable, int? restingHr, int? maxHr) => Inputs.Add($"register {shopper} {wearable}");

    public void DefineStore(StoreSpec store) => Inputs.Add($"store {store.Id}");

    public void Sightings(string store, string scanner, string zone, SightingsBatch batch) => Inputs.Add($"sightings {scanner} {Json(batch)}");

    public void Wearable(string store, WearableSample sample) => Inputs.Add($"wearable {Json(sample)}");

    public void Phone(string shopper, AppActivity activity) => Inputs.Add($"phone {shopper} {Json(activity)}");

    public void Advance(DateTimeOffset at) => Inputs.Add("advance " + at.ToString("O", CultureInfo.InvariantCulture));

    public SceneState StateOf(string shopper) => SceneState.Unknown;

    public string? ZoneOf(string shopper) => null;

    private static string Json<T>(T message)
        where T : ProtocolMessage => System.Text.Encoding.UTF8.GetString(ProtocolCodec.Encode(message));
}
