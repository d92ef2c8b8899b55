using System.Globalization;
using ScenarioEdge.Shelf;
using ScenarioEdge.Shelf.Simulation;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>
/// Runs the production lane pipeline over seeded simulated traces and scores it against the truth: a detection
/// matches a real pick or put of the same kind from 1 s before to 3 s after the weight settled; precision, recall,
/// count accuracy and the delay from settled to event follow.
/// </summary>
internal static class ShelfBench
{
    public const double CapacityGrams = 5000;

    public static ShelfBenchResult Run(
        double noiseGrams, double itemGrams, int seeds, int actions, double sampleRateHz, double driftGramsPerMinute, TextWriter? log = null, string? dumpDirectory = null)
    {
        var tolerance = Math.Max(2, itemGrams * 0.05);
        var lane = new LaneConfig { Lane = "bench", Sku = "sku", UnitGrams = itemGrams, ToleranceGrams = tolerance };
        int truthCount = 0, detected = 0, matched = 0, countCorrect = 0, disturbances = 0;
        var delays = new List<long>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var signal = new LoadCellSignalOptions
            {
                NoiseGrams = noiseGrams,
                SampleRateHz = sampleRateHz,
                DriftGramsPerMinute = driftGramsPerMinute,
            };
            var model = new LoadCellSignalModel(signal, (seed * 7919) + (int)itemGrams);
            var initial = Math.Floor(CapacityGrams * 0.6 / itemGrams) * itemGrams;
            var trace = ShelfScript.Random(new ShelfTraceBuilder(model, initial), model, itemGrams, tolerance, CapacityGrams, actions).Build();
            if (dumpDirectory is not null)
            {
                Dump(trace, Path.Combine(dumpDirectory, string.Create(CultureInfo.InvariantCulture, $"lane-{itemGrams}g-noise{noiseGrams}-seed{seed}.csv")));
            }

            var pipeline = new LanePipeline(lane, new LaneCalibration(signal.TareCounts, signal.CountsPerGram));
            var events = new List<LaneDetection>();
            foreach (var sample in trace.Samples)
            {
                if (pipeline.Add(sample.TMs, sample.Raw) is { Kind: ShelfEventKind.Pick or ShelfEventKind.Put } d)
                {
                    events.Add(d);
                }
            }

            truthCount += trace.Truth.Count;
            detected += events.Count;
            disturbances += trace.Disturbances;
            var used = new bool[events.Count];
            foreach (var truth in trace.Truth)
            {
                var hit = -1;
                for (var i = 0; i < events.Count && hit < 0; i++)
                {
                    var e = events[i];
                    hit = !used[i] && e.Kind == truth.Kind && e.TMs >= truth.SettledMs - 1000 && e.TMs <= truth.SettledMs + 3000 ? i : -1;
                }

                if (hit < 0)
                {
                    log?.WriteLine($"seed {seed}: missed {truth}");
                    continue;
                }

                used[hit] = true;
                matched++;
                countCorrect += events[hit].Count == truth.Count ? 1 : 0;
                delays.Add(events[hit].TMs - truth.SettledMs);
            }

            for (var i = 0; i < events.Count; i++)
            {
                if (!used[i])
                {
                    log?.WriteLine($"seed {seed}: false {events[i]}");
                }
            }
        }

        return new ShelfBenchResult(noiseGrams, itemGrams, truthCount, detected, matched, countCorrect, disturbances, delays);
    }

    private static void Dump(ShelfTrace trace, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(TraceCsvReader.Header);
        foreach (var s in trace.Samples)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.TMs},{s.Raw}"));
        }
    }
}
