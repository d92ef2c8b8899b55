using System.Buffers;
using ScenarioEdge.Gateway.Messaging;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>An external broker keeps its subscribers' acknowledgements to itself: apps report delivery as feedback.</summary>
public sealed class NoDeliveryReports : IDeliveryReports
{
    public bool Reports => false;

    public event Action<string, string, ReadOnlySequence<byte>>? Acknowledged { add { } remove { } }

    public event Action<string, string>? Subscribed { add { } remove { } }
}
