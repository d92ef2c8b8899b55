using System.IO.Pipelines;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Connections;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Kestrel connection middleware in front of MQTTnet on the MQTT listeners: a connection must deliver its whole CONNECT
/// packet within the timeout or is closed (MQTTnet would wait 100 s), and an MQTT 3.1/3.1.1 CONNECT without a client id
/// gets one assigned, so that mosquitto_sub and mosquitto_pub work without -V mqttv5 (or, without a clean session,
/// the 'identifier rejected' CONNACK the protocol asks for). The bytes after the CONNECT pass untouched.
/// </summary>
public static class ConnectGate
{
    /// <summary>A client id for a client that sent none, short enough for MQTT 3.1's 23 characters.</summary>
    public static string NewClientId() => "auto-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9));

    public static ConnectionDelegate Wrap(ConnectionDelegate next, TimeSpan timeout, TimeProvider time, Action<ConnectionContext, ConnectRefusal> onRefused) => async context =>
    {
        var transport = context.Transport;
        ReadResult read;
        long length;
        using (var expired = new CancellationTokenSource(timeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(expired.Token, context.ConnectionClosed))
        {
            while (true)
            {
                try
                {
                    read = await transport.Input.ReadAsync(linked.Token);
                }
                catch (OperationCanceledException) when (expired.IsCancellationRequested)
                {
                    onRefused(context, ConnectRefusal.ConnectTimeout);
                    context.Abort(new ConnectionAbortedException("no CONNECT packet within Security:ConnectTimeout"));
                    return;
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or OperationCanceledException)
                {
                    // An oversized packet (PacketSizeGuard has counted it), a reset or a closed connection: nothing to serve.
                    context.Abort();
                    return;
                }

                length = ConnectPacket.Frame(read.Buffer);
                if (length != 0 || read.IsCompleted || read.IsCanceled)
                {
                    break;
                }

                transport.Input.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }

        var refuse = false;
        var rewritten = length > 0 ? ConnectPacket.WithClientId(read.Buffer.Slice(0, length), NewClientId(), out refuse) : null;
        if (refuse)
        {
            onRefused(context, ConnectRefusal.NoClientId);
            transport.Input.AdvanceTo(read.Buffer.GetPosition(length));
            await transport.Output.WriteAsync(ConnectPacket.IdentifierRejected);
            await transport.Output.CompleteAsync();
            return;
        }

        if (rewritten is null)
        {
            // Nothing examined, so MQTTnet's first read returns these bytes at once.
            transport.Input.AdvanceTo(read.Buffer.Start);
            await next(context);
            return;
        }

        transport.Input.AdvanceTo(read.Buffer.GetPosition(length));
        context.Transport = new Duplex(new PrefixedReader(rewritten, transport.Input), transport.Output);
        try
        {
            await next(context);
        }
        finally
        {
            context.Transport = transport;
        }
    };

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
