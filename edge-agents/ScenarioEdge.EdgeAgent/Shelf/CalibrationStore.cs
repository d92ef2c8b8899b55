using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioEdge.Shelf;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>
/// Per-lane calibration in <c>{DataDirectory}/shelf-calibration.json</c>: a small JSON file rather than a LiteDB
/// collection, so a technician can read it and it never contends with the outbox database for its file lock.
/// Writes go to a temporary file first and replace the old one, so a power cut leaves the old or the new file.
/// </summary>
public sealed class CalibrationStore(string dataDirectory)
{
    private readonly string _path = Path.Combine(dataDirectory, "shelf-calibration.json");

    public IReadOnlyDictionary<string, LaneCalibration> Load()
    {
        if (!File.Exists(_path))
        {
            return new Dictionary<string, LaneCalibration>();
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(_path), CalibrationJsonContext.Default.DictionaryStringLaneCalibration)
                ?? new Dictionary<string, LaneCalibration>();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{_path} is not valid calibration JSON ({ex.Message}); fix or delete it and calibrate the lanes again.", ex);
        }
    }

    public void Save(string lane, LaneCalibration calibration)
    {
        var all = new Dictionary<string, LaneCalibration>(Load()) { [lane] = calibration };
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(all, CalibrationJsonContext.Default.DictionaryStringLaneCalibration));
        File.Move(temp, _path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, LaneCalibration>))]
internal sealed partial class CalibrationJsonContext : JsonSerializerContext;
