using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Refuses oversized MQTT packets before they are buffered. MQTTnet reads a whole packet into memory before anyone can
/// look at it and has no server-side size limit, so a client announcing a 200 MB packet would be buffered in full.
/// This Kestrel connection middleware reads each packet's fixed header as the bytes arrive and closes the connection
/// as soon as a packet announces more than the limit.
/// </summary>
public static class PacketSizeGuard
{
    public static ConnectionDelegate Wrap(ConnectionDelegate next, int maxPacketBytes, Action<ConnectionContext, long> onOversize) => async context =>
    {
        var transport = context.Transport;
        context.Transport = new GuardedPipe(new GuardedReader(transport.Input, maxPacketBytes, size => onOversize(context, size)), transport.Output);
        try
        {
            await next(context);
        }
        finally
        {
            context.Transport = transport;
        }
    };

    private sealed class GuardedPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }

    /// <summary>Scans MQTT framing in the bytes flowing through; state survives across reads.</summary>
    private sealed class GuardedReader(PipeReader inner, int maxPacketBytes, Action<long> onOversize) : PipeReader
    {
        private ReadOnlySequence<byte> _buffer;
        private long _scanned;
        private int _state;
        private long _remaining;
        private long _multiplier;

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            Scan(result.Buffer);
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result))
            {
                return false;
            }

            Scan(result.Buffer);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed)
        {
            Consume(consumed);
            inner.AdvanceTo(consumed);
        }

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            Consume(consumed);
            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        private void Consume(SequencePosition consumed) => _scanned -= _buffer.Slice(0, consumed).Length;

        private void Scan(ReadOnlySequence<byte> buffer)
        {
            _buffer = buffer;
            var reader = new SequenceReader<byte>(buffer);
            reader.Advance(_scanned);
            while (!reader.End)
            {
                switch (_state)
                {
                    case 0:
                        // Fixed header: packet type and flags, then the remaining length as a variable byte integer.
                        reader.Advance(1);
                        _state = 1;
                        _remaining = 0;
                        _multiplier = 1;
                        break;
                    case 1:
                        reader.TryRead(out var b);
                        _remaining += (b & 0x7F) * _multiplier;
                        _multiplier *= 128;
                        if ((b & 0x80) == 0 || _multiplier > 128L * 128 * 128 * 128)
                        {
                            if (_remaining > maxPacketBytes)
                            {
                                onOversize(_remaining);
                                throw new InvalidDataException($"MQTT packet of {_remaining} bytes exceeds the limit of {maxPacketBytes} bytes");
                            }

                            _state = _remaining == 0 ? 0 : 2;
                        }

                        break;
                    default:
                        var skip = Math.Min(_remaining, reader.Remaining);
                        reader.Advance(skip);
                        _remaining -= skip;
                        if (_remaining == 0)
                        {
                            _state = 0;
                        }

                        break;
                }
            }

            _scanned = buffer.Length;
        }
    }
}
