using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Wearables.Att;

/// <summary>
/// The discovery steps of <see cref="GattClient"/>: primary services by Read By Group Type, characteristic
/// declarations by Read By Type, CCCDs by Find Information, then one Write Request per CCCD. Each answer gives the
/// next request; "Attribute Not Found" ends a step as the spec intends. Every range moves strictly forward, so a
/// peer cannot keep it looping.
/// </summary>
internal sealed class GattDiscovery
{
    private readonly List<(ushort Start, ushort End)> services = [];
    private readonly List<GattMeasurement> measurements = [];
    private int service;
    private int current;
    private ushort cursor;

    public GattPhase Phase { get; private set; } = GattPhase.Idle;

    public IReadOnlyList<GattMeasurement> Measurements => measurements;

    public string? Failure { get; private set; }

    public void Begin() => Phase = GattPhase.ExchangingMtu;

    public byte[]? OnResponse(ReadOnlySpan<byte> pdu)
    {
        var error = pdu[0] == AttOpcode.ErrorResponse;
        if (error && pdu.Length < 5)
        {
            return Fail($"truncated Error Response ({pdu.Length} bytes)");
        }

        var code = error ? pdu[4] : (byte)0;
        return Phase switch
        {
            GattPhase.ExchangingMtu => StartServices(),
            GattPhase.DiscoveringServices when error => code == AttError.AttributeNotFound ? StartCharacteristics() : Fail($"service discovery refused: {AttError.Describe(code)}"),
            GattPhase.DiscoveringServices => OnServices(pdu),
            GattPhase.DiscoveringCharacteristics when error => code == AttError.AttributeNotFound ? NextService() : Fail($"characteristic discovery refused: {AttError.Describe(code)}"),
            GattPhase.DiscoveringCharacteristics => OnCharacteristics(pdu),
            GattPhase.DiscoveringDescriptors when error => NextDescriptor(code == AttError.AttributeNotFound ? "no CCCD" : $"descriptor discovery refused: {AttError.Describe(code)}"),
            GattPhase.DiscoveringDescriptors => OnDescriptors(pdu),
            GattPhase.EnablingNotifications => OnWritten(error ? AttError.Describe(code) : null),
            _ => null,
        };
    }

    private byte[] StartServices()
    {
        Phase = GattPhase.DiscoveringServices;
        cursor = 1;
        return AttPdus.ReadByGroupType(cursor, 0xFFFF, GattUuid.PrimaryService);
    }

    private byte[]? OnServices(ReadOnlySpan<byte> pdu)
    {
        // Opcode, length, then records of start handle, end group handle, UUID (2 or 16 bytes).
        if (pdu.Length < 2 || pdu[1] is not (6 or 20) || (pdu.Length - 2) % pdu[1] != 0 || pdu.Length == 2)
        {
            return Fail($"malformed Read By Group Type Response ({pdu.Length} bytes)");
        }

        var length = pdu[1];
        ushort last = 0;
        for (var at = 2; at < pdu.Length; at += length)
        {
            var start = BinaryPrimitives.ReadUInt16LittleEndian(pdu[at..]);
            var end = BinaryPrimitives.ReadUInt16LittleEndian(pdu[(at + 2)..]);
            if (start < cursor || end < start)
            {
                return Fail($"service handles 0x{start:x4}..0x{end:x4} out of order");
            }

            if (length == 6 && BinaryPrimitives.ReadUInt16LittleEndian(pdu[(at + 4)..]) is GattUuid.HeartRateService or GattUuid.RunningSpeedCadenceService or GattUuid.CyclingSpeedCadenceService)
            {
                services.Add((start, end));
            }

            last = end;
        }

        if (last == 0xFFFF)
        {
            return StartCharacteristics();
        }

        cursor = (ushort)(last + 1);
        return AttPdus.ReadByGroupType(cursor, 0xFFFF, GattUuid.PrimaryService);
    }

    private byte[]? StartCharacteristics()
    {
        service = -1;
        return NextService();
    }

    private byte[]? NextService()
    {
        service++;
        if (service >= services.Count)
        {
            return StartDescriptors();
        }

        Phase = GattPhase.DiscoveringCharacteristics;
        cursor = services[service].Start;
        return AttPdus.ReadByType(cursor, services[service].End, GattUuid.Characteristic);
    }

    private byte[]? OnCharacteristics(ReadOnlySpan<byte> pdu)
    {
        // Opcode, length, then records of declaration handle, properties, value handle, UUID (2 or 16 bytes).
        if (pdu.Length < 2 || pdu[1] is not (7 or 21) || (pdu.Length - 2) % pdu[1] != 0 || pdu.Length == 2)
        {
            return Fail($"malformed Read By Type Response ({pdu.Length} bytes)");
        }

        var (_, end) = services[service];
        var length = pdu[1];
        ushort last = 0;
        for (var at = 2; at < pdu.Length; at += length)
        {
            var declaration = BinaryPrimitives.ReadUInt16LittleEndian(pdu[at..]);
            var value = BinaryPrimitives.ReadUInt16LittleEndian(pdu[(at + 3)..]);
            if (declaration < cursor || declaration > end || value <= declaration || value > end)
            {
                return Fail($"characteristic at 0x{declaration:x4} (value 0x{value:x4}) outside its service 0x{cursor:x4}..0x{end:x4}");
            }

            // The previous characteristic's descriptors end just before this declaration.
            if (measurements.Count > 0 && measurements[^1].EndHandle == end && measurements[^1].DeclarationHandle < declaration)
            {
                measurements[^1].EndHandle = (ushort)(declaration - 1);
            }

            if (length == 7 && GattClient.ProfileOf(BinaryPrimitives.ReadUInt16LittleEndian(pdu[(at + 5)..])) is { } profile)
            {
                measurements.Add(new GattMeasurement(profile, declaration, value, pdu[at + 2]) { EndHandle = end });
            }

            last = declaration;
        }

        if (last >= end)
        {
            return NextService();
        }

        cursor = (ushort)(last + 1);
        return AttPdus.ReadByType(cursor, end, GattUuid.Characteristic);
    }

    private byte[]? StartDescriptors()
    {
        current = -1;
        return NextDescriptor(null);
    }

    private byte[]? NextDescriptor(string? problem)
    {
        if (problem is not null && current >= 0)
        {
            measurements[current].Problem = problem;
        }

        while (++current < measurements.Count)
        {
            var measurement = measurements[current];
            if (!measurement.CanNotify)
            {
                measurement.Problem = "offers neither notify nor indicate";
                continue;
            }

            if (measurement.ValueHandle < measurement.EndHandle)
            {
                Phase = GattPhase.DiscoveringDescriptors;
                cursor = (ushort)(measurement.ValueHandle + 1);
                return AttPdus.FindInformation(cursor, measurement.EndHandle);
            }

            measurement.Problem = "no CCCD";
        }

        return StartEnabling();
    }

    private byte[]? OnDescriptors(ReadOnlySpan<byte> pdu)
    {
        // Opcode, format (1: 16-bit UUIDs, 2: 128-bit), then handle-UUID pairs.
        var pair = pdu.Length >= 2 ? pdu[1] switch { 1 => 4, 2 => 18, _ => 0 } : 0;
        if (pair == 0 || pdu.Length == 2 || (pdu.Length - 2) % pair != 0)
        {
            return Fail($"malformed Find Information Response ({pdu.Length} bytes)");
        }

        var measurement = measurements[current];
        ushort last = 0;
        for (var at = 2; at < pdu.Length; at += pair)
        {
            var handle = BinaryPrimitives.ReadUInt16LittleEndian(pdu[at..]);
            if (handle < cursor || handle > measurement.EndHandle)
            {
                return Fail($"descriptor handle 0x{handle:x4} outside 0x{cursor:x4}..0x{measurement.EndHandle:x4}");
            }

            if (pair == 4 && BinaryPrimitives.ReadUInt16LittleEndian(pdu[(at + 2)..]) == GattUuid.ClientCharacteristicConfiguration)
            {
                measurement.CccdHandle = handle;
                return NextDescriptor(null);
            }

            last = handle;
        }

        if (last >= measurement.EndHandle)
        {
            return NextDescriptor("no CCCD");
        }

        cursor = (ushort)(last + 1);
        return AttPdus.FindInformation(cursor, measurement.EndHandle);
    }

    private byte[]? StartEnabling()
    {
        current = -1;
        return NextWrite();
    }

    private byte[]? OnWritten(string? problem)
    {
        measurements[current].Enabled = problem is null;
        measurements[current].Problem = problem;
        return NextWrite();
    }

    private byte[]? NextWrite()
    {
        while (++current < measurements.Count)
        {
            if (measurements[current].CccdHandle is { } cccd)
            {
                Phase = GattPhase.EnablingNotifications;
                return AttPdus.WriteRequest(cccd, measurements[current].CccdValue);
            }
        }

        if (measurements.Any(m => m.Enabled))
        {
            Phase = GattPhase.Ready;
            return null;
        }

        return Fail(measurements.Count == 0
            ? "no Heart Rate, RSC or CSC measurement characteristic on this device"
            : "could not enable notifications: " + string.Join("; ", measurements.Select(m => $"{m.Profile}: {m.Problem}")));
    }

    private byte[]? Fail(string reason)
    {
        Failure = reason;
        Phase = GattPhase.Failed;
        return null;
    }
}
