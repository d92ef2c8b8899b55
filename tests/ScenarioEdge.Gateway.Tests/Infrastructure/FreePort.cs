using System.Net;
using System.Net.Sockets;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>A TCP port nobody listens on right now, so tests run beside a demo on the default ports.</summary>
internal static class FreePort
{
    public static int Next() => Next(1)[0];

    /// <summary>
    /// Several distinct free ports. They are held until all are chosen: Linux readily hands a port just released to
    /// the next bind to port 0, so one-by-one picks can return the same port twice.
    /// </summary>
    public static int[] Next(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
