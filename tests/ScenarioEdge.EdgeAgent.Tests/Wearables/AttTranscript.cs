namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

/// <summary>
/// A byte-level ATT conversation as lines: <c>&gt; 02B900</c> the client sends, <c>&lt; 03E800</c> the peer sends,
/// <c>&lt;+1000 1B1000...</c> the peer sends after 1000 ms, <c>x</c> the peer drops the link. Spaces in hex are
/// ignored, and so is anything after <c>#</c>.
/// </summary>
internal sealed class AttTranscript
{
    public AttTranscript(params string[] lines)
    {
        var outs = 0;
        foreach (var raw in lines)
        {
            var line = (raw.Contains('#', StringComparison.Ordinal) ? raw[..raw.IndexOf('#', StringComparison.Ordinal)] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == "x")
            {
                Steps.Add(new Step(Direction.Disconnect, [], 0, outs));
                continue;
            }

            var toClient = line[0] == '<';
            var body = line[1..].Trim();
            var delay = 0;
            if (toClient && body.StartsWith('+'))
            {
                var space = body.IndexOf(' ', StringComparison.Ordinal);
                delay = int.Parse(body[1..space], System.Globalization.CultureInfo.InvariantCulture);
                body = body[space..];
            }

            var bytes = Convert.FromHexString(body.Replace(" ", string.Empty, StringComparison.Ordinal));
            Steps.Add(new Step(toClient ? Direction.ToClient : Direction.ToPeer, bytes, delay, outs));
            if (!toClient)
            {
                outs++;
            }
        }
    }

    public enum Direction
    {
        ToPeer,
        ToClient,
        Disconnect,
    }

    public List<Step> Steps { get; } = [];

    /// <summary>What the client is expected to send, in order.</summary>
    public IEnumerable<string> Expected => Steps.Where(s => s.Direction == Direction.ToPeer).Select(s => Convert.ToHexString(s.Bytes));

    public AttTranscript Then(params string[] lines) => new([.. Lines(), .. lines]);

    /// <param name="SentBefore">How many PDUs the client has sent before this line in the transcript.</param>
    public readonly record struct Step(Direction Direction, byte[] Bytes, int DelayMs, int SentBefore);

    private IEnumerable<string> Lines() => Steps.Select(s => s.Direction switch
    {
        Direction.Disconnect => "x",
        Direction.ToPeer => "> " + Convert.ToHexString(s.Bytes),
        _ => $"<+{s.DelayMs} " + Convert.ToHexString(s.Bytes),
    });
}
