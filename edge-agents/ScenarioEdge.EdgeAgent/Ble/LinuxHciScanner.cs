using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Scans through a raw Bluetooth HCI socket. Only moves bytes: commands out, event packets in; parsing lives in
/// <see cref="HciEventParser"/> and the sink. Runs on its own thread because reads block.
/// </summary>
internal sealed class LinuxHciScanner(ILogger<LinuxHciScanner> logger) : IBleScanner
{
    private const int PollMs = 250;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(2);

    public Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Scan(request, sink, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Scan(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken)
    {
        var adapter = request.AdapterName;
        var fd = HciNative.Socket(HciNative.AfBluetooth, HciNative.SockRaw | HciNative.SockCloexec, HciNative.BtprotoHci);
        if (fd < 0)
        {
            throw HciErrorAdvice.For(Marshal.GetLastPInvokeError(), "Opening a Bluetooth HCI socket", adapter, request.Channel);
        }

        var extended = false;
        try
        {
            var address = new HciNative.SockAddrHci { Family = HciNative.AfBluetooth, Device = (ushort)request.AdapterIndex, Channel = (ushort)request.Channel };
            if (HciNative.Bind(fd, address, Marshal.SizeOf<HciNative.SockAddrHci>()) < 0)
            {
                throw HciErrorAdvice.For(Marshal.GetLastPInvokeError(), "Binding the HCI socket", adapter, request.Channel);
            }

            if (request.Channel == HciChannel.Raw)
            {
                // Only events: Command Complete (0x0E), Command Status (0x0F), LE Meta (0x3E).
                var filter = new HciNative.HciUFilter { TypeMask = 1u << HciEventParser.EventPacket, EventMask0 = (1u << 0x0E) | (1u << 0x0F), EventMask1 = 1u << (0x3E - 32) };
                if (HciNative.SetSockOpt(fd, HciNative.SolHci, HciNative.HciFilter, filter, Marshal.SizeOf<HciNative.HciUFilter>()) < 0)
                {
                    throw HciErrorAdvice.For(Marshal.GetLastPInvokeError(), "Setting the HCI event filter", adapter, request.Channel);
                }
            }
            else
            {
                // Nobody else set the controller up: reset it and ask for LE advertising reports.
                Send(fd, HciCommands.Command(HciCommands.Reset, []), adapter, request.Channel, cancellationToken);
                Send(fd, HciCommands.EventMaskWithLeMeta(), adapter, request.Channel, cancellationToken);
                Send(fd, HciCommands.LeEventMaskWithReports(), adapter, request.Channel, cancellationToken);
            }

            var features = Send(fd, HciCommands.Command(HciCommands.LeReadLocalSupportedFeatures, []), adapter, request.Channel, cancellationToken);
            extended = HciCommands.SupportsExtendedAdvertising(features.AsSpan(Math.Min(1, features.Length)));
            extended = Start(fd, request.Scan, adapter, request.Channel, extended, cancellationToken);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Scanning on {Adapter} ({Channel} channel, {Mode} scan, interval {IntervalMs} ms, window {WindowMs} ms, {Reports} reports)",
                    adapter, request.Channel, request.Scan.Active ? "active" : "passive", request.Scan.IntervalMs, request.Scan.WindowMs, extended ? "extended" : "legacy");
            }

            ReadEvents(fd, sink, adapter, request.Channel, cancellationToken);
        }
        finally
        {
            StopQuietly(fd, extended);
            HciNative.Close(fd);
        }
    }

    private bool Start(int fd, ScanSettings scan, string adapter, HciChannel channel, bool extended, CancellationToken cancellationToken)
    {
        // Disable first: a scan left running (by us before a crash, or by BlueZ) makes the parameters command fail.
        if (extended)
        {
            SendIgnoringStatus(fd, HciCommands.ExtendedScanEnable(false), adapter, channel, cancellationToken);
            var status = SendStatus(fd, HciCommands.ExtendedScanParameters(scan), adapter, channel, cancellationToken);
            if (status == HciCommands.StatusUnknownCommand)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Adapter} advertises extended advertising but refused the extended scan commands; using the legacy ones", adapter);
                }

                extended = false;
            }
            else
            {
                Check(status, HciCommands.LeSetExtendedScanParameters, adapter);
                Check(SendStatus(fd, HciCommands.ExtendedScanEnable(true), adapter, channel, cancellationToken), HciCommands.LeSetExtendedScanEnable, adapter);
                return true;
            }
        }

        SendIgnoringStatus(fd, HciCommands.ScanEnable(false), adapter, channel, cancellationToken);
        Check(SendStatus(fd, HciCommands.ScanParameters(scan), adapter, channel, cancellationToken), HciCommands.LeSetScanParameters, adapter);
        Check(SendStatus(fd, HciCommands.ScanEnable(true), adapter, channel, cancellationToken), HciCommands.LeSetScanEnable, adapter);
        return false;
    }

    private static void Check(byte status, ushort opcode, string adapter)
    {
        if (status != 0)
        {
            throw HciErrorAdvice.ForStatus(opcode, status, adapter);
        }
    }

    private static void ReadEvents(int fd, IHciEventSink sink, string adapter, HciChannel channel, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (!cancellationToken.IsCancellationRequested)
        {
            var length = ReadPacket(fd, buffer, adapter, channel, PollMs);
            if (length > 0)
            {
                sink.OnHciEvent(buffer.AsSpan(0, length));
            }
        }
    }

    private static int ReadPacket(int fd, byte[] buffer, string adapter, HciChannel channel, int timeoutMs)
    {
        var poll = new HciNative.PollFd { Fd = fd, Events = HciNative.PollIn };
        var ready = HciNative.Poll(ref poll, 1, timeoutMs);
        if (ready <= 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return ready == 0 || errno == HciNative.EINTR ? 0 : throw HciErrorAdvice.For(errno, "Waiting for HCI events", adapter, channel);
        }

        var read = HciNative.Read(fd, buffer, buffer.Length);
        if (read < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is HciNative.EINTR or HciNative.EAGAIN ? 0 : throw HciErrorAdvice.For(errno, "Reading HCI events", adapter, channel);
        }

        return (int)read;
    }

    private static byte SendStatus(int fd, byte[] command, string adapter, HciChannel channel, CancellationToken cancellationToken)
    {
        var result = Send(fd, command, adapter, channel, cancellationToken);
        return result.Length > 0 ? result[0] : (byte)0;
    }

    private static void SendIgnoringStatus(int fd, byte[] command, string adapter, HciChannel channel, CancellationToken cancellationToken) =>
        Send(fd, command, adapter, channel, cancellationToken);

    /// <summary>Sends a command and waits for its Command Complete (return parameters) or Command Status.</summary>
    private static byte[] Send(int fd, byte[] command, string adapter, HciChannel channel, CancellationToken cancellationToken)
    {
        var opcode = (ushort)(command[1] | (command[2] << 8));
        if (HciNative.Write(fd, command, command.Length) < 0)
        {
            throw HciErrorAdvice.For(Marshal.GetLastPInvokeError(), $"Sending HCI command 0x{opcode:x4}", adapter, channel);
        }

        var buffer = new byte[1024];
        var deadline = Environment.TickCount64 + (long)CommandTimeout.TotalMilliseconds;
        while (Environment.TickCount64 < deadline && !cancellationToken.IsCancellationRequested)
        {
            var length = ReadPacket(fd, buffer, adapter, channel, PollMs);
            var packet = buffer.AsSpan(0, length);
            if (HciEventParser.TryParseCommandComplete(packet, out var done, out var returned) && done == opcode)
            {
                return returned.ToArray();
            }

            if (HciEventParser.TryParseCommandStatus(packet, out var pending, out var status) && pending == opcode)
            {
                return [status];
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new BleScannerException(BleProblem.ControllerRejected,
            $"{adapter} did not answer HCI command 0x{opcode:x4} within {CommandTimeout.TotalSeconds} s. Check 'dmesg' for controller errors, or replug the adapter.");
    }

    private static void StopQuietly(int fd, bool extended)
    {
        var command = extended ? HciCommands.ExtendedScanEnable(false) : HciCommands.ScanEnable(false);
        HciNative.Write(fd, command, command.Length);
    }
}
