using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Shelf;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>Subscribes to the retained display topic of every display on this device and feeds the board.</summary>
public sealed class DisplaySubscriber(IEdgeLink link, DisplayBoard board, IOptions<AgentOptions> agent, ILogger<DisplaySubscriber> log) : IHostedService
{
    private readonly List<IDisposable> _subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var display in board.Displays)
        {
            _subscriptions.Add(link.Subscribe(Topics.Display(agent.Value.Store, display), (_, payload, _) =>
            {
                OnContent(display, payload);
                return ValueTask.CompletedTask;
            }));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
        return Task.CompletedTask;
    }

    internal void OnContent(string display, ReadOnlyMemory<byte> payload)
    {
        if (payload.IsEmpty)
        {
            board.Clear(display);
            log.DisplayCleared(display);
            return;
        }

        var decoded = ProtocolCodec.Decode<DisplayContent>(payload);
        var content = decoded.Value;
        var refused = content is null ? decoded.Error : board.Apply(display, content);
        if (refused is null && content is not null)
        {
            log.DisplayShows(display, content.Title, content.TtlS);
        }
        else
        {
            log.DisplayRefused(display, refused ?? "unknown");
        }
    }
}
