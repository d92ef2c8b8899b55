namespace ScenarioEdge.EdgeAgent.Wearables.Transport;

/// <summary>
/// The GATT seam: opens an ATT bearer to a wearable. The Linux implementation connects an L2CAP socket on the ATT
/// fixed channel; tests replay ATT transcripts beneath the real client.
/// </summary>
internal interface IAttConnector
{
    /// <summary>Connects within <paramref name="timeout"/>, or throws <see cref="AttTransportException"/> saying why.</summary>
    Task<IAttChannel> ConnectAsync(WearableAddress address, TimeSpan timeout, CancellationToken cancellationToken);
}
