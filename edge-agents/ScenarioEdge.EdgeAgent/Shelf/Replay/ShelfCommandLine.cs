namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>The shelf's field tools, dispatched before the host is built: <c>replay-shelf</c> and <c>shelf-bench</c>.</summary>
public static class ShelfCommandLine
{
    /// <summary>Runs the command named by <paramref name="args"/>[0]; null when it is not a shelf command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "replay-shelf" => await ReplayShelfCommand.RunAsync(args[1..], output, error, cancellationToken),
            "shelf-bench" => await ShelfBenchCommand.RunAsync(args[1..], output, error),
            _ => null,
        };
    }
}
