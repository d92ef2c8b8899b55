namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>Detection quality for one noise level and item weight, over every seeded trace.</summary>
internal sealed record ShelfBenchResult(
    double NoiseGrams,
    double ItemGrams,
    int Truth,
    int Detected,
    int Matched,
    int CountCorrect,
    int Disturbances,
    IReadOnlyList<long> DelaysMs)
{
    public double Precision => Detected == 0 ? 1 : (double)Matched / Detected;

    public double Recall => Truth == 0 ? 1 : (double)Matched / Truth;

    public double CountAccuracy => Matched == 0 ? 1 : (double)CountCorrect / Matched;

    public long DelayPercentile(double p)
    {
        if (DelaysMs.Count == 0)
        {
            return 0;
        }

        var sorted = DelaysMs.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
