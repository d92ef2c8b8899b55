using System.Net;
using System.Net.Sockets;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>A TCP port nobody listens on right now, so tests run beside a demo on the default ports.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
