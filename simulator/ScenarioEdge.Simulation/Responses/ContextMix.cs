namespace ScenarioEdge.Simulation.Responses;

/// <summary>
/// Shoppers' contexts as a discrete mix (e.g. 30% at the shelf with fit 0.9, 50% in the aisle with 0.5, 20%
/// passing by with 0.1), so a harness draws each shopper's context and still knows the exact expected conversion.
/// </summary>
public sealed class ContextMix
{
    private readonly (double Weight, OfferContext Context)[] parts;
    private readonly double total;

    public ContextMix(IReadOnlyList<(double Weight, OfferContext Context)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => !(p.Weight > 0)))
        {
            throw new ArgumentException("a mix has at least one part, each with a positive weight", nameof(parts));
        }

        this.parts = [.. parts];
        total = parts.Sum(p => p.Weight);
    }

    /// <summary>One context, no mix.</summary>
    public static ContextMix Of(OfferContext context) => new([(1, context)]);

    public OfferContext Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var point = random.NextDouble() * total;
        foreach (var (weight, context) in parts)
        {
            point -= weight;
            if (point < 0)
            {
                return context;
            }
        }

        return parts[^1].Context;
    }

    public double Expect(Func<OfferContext, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return parts.Sum(p => p.Weight * value(p.Context)) / total;
    }
}
