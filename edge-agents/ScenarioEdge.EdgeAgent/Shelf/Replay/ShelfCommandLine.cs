namespace ScenarioEdge.EdgeAgent.Shelf.Replay;

/// <summary>The shelf's field tools, dispatched before the host is built: <c>replay-shelf</c> and <c>shelf-bench</c>.</summary>
public static class ShelfCommandLine
{
    /// <summary>Runs the command named by <paramref name="args"/>[0]; null when it is not a shelf command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args is ["replay-shelf" or "shelf-bench", ..]
            ? await FieldTools.TryRunAsync(args, TextReader.Null, output, error, cancellationToken)
            : null;
    }
}
