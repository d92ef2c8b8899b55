namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>One open ATT bearer to a peer: whole PDUs in and out (an L2CAP LE fixed channel keeps PDU boundaries).</summary>
internal interface IAttChannel : IDisposable
{
    /// <summary>Reads one PDU into <paramref name="buffer"/>; 0 when the link is gone. Throws <see cref="AttTransportException"/> on a socket error.</summary>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    ValueTask SendAsync(ReadOnlyMemory<byte> pdu, CancellationToken cancellationToken);
}
