namespace ScenarioEdge.Shelf.Simulation;

/// <summary>A random but seeded day on one lane: picks and put-backs of 1-3 items between knocks and leaning hands.</summary>
public static class ShelfScript
{
    /// <summary>Fills <paramref name="builder"/> with <paramref name="actions"/> actions on a lane of <paramref name="capacityGrams"/>.</summary>
    public static ShelfTraceBuilder Random(
        ShelfTraceBuilder builder, LoadCellSignalModel rng, double itemGrams, double toleranceGrams, double capacityGrams, int actions)
    {
        builder.Idle(3);
        for (var i = 0; i < actions; i++)
        {
            var stock = (int)Math.Floor((builder.StockGrams + toleranceGrams) / itemGrams);
            var room = (int)Math.Floor((capacityGrams - builder.StockGrams) / (itemGrams + toleranceGrams));
            var roll = rng.Uniform(0, 1);
            if (roll < 0.15)
            {
                builder.Knock(rng.Uniform(30, 600));
            }
            else if (roll < 0.30)
            {
                builder.Lean(rng.Uniform(100, 1500), rng.Uniform(0.8, 4));
            }
            else if ((roll < 0.65 && stock > 0) || room < 1)
            {
                builder.Pick((int)Math.Min(stock, Math.Floor(rng.Uniform(1, 4))), itemGrams, toleranceGrams);
            }
            else
            {
                builder.Put((int)Math.Min(room, Math.Floor(rng.Uniform(1, 4))), itemGrams, toleranceGrams);
            }

            builder.Idle(rng.Uniform(2.5, 6));
        }

        return builder;
    }
}
