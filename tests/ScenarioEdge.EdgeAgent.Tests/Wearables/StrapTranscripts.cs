namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

/// <summary>
/// ATT conversations with wearables as a chest strap, footpod and cadence sensor lay out their attribute tables:
/// Generic Access, Generic Attribute, the profile service, Device Information, Battery, then a vendor service with a
/// 128-bit UUID (which comes back in a response of its own, as servers group records of one length).
/// </summary>
internal static class StrapTranscripts
{
    /// <summary>Heart-rate strap: HR service 0x000E-0x0013 with the measurement at 0x0010 and its CCCD at 0x0011.</summary>
    public static readonly string[] HeartRateDiscovery =
    [
        "> 02 B900",                                       // Exchange MTU Request, our Rx MTU 185
        "< 03 E800",                                       // server Rx MTU 232: 185 applies
        "> 10 0100 FFFF 0028",                             // Read By Group Type 0x0001-0xFFFF, Primary Service
        "< 11 06 0100 0900 0018 0A00 0D00 0118 0E00 1300 0D18 1400 1E00 0A18 1F00 2200 0F18",
        "> 10 2300 FFFF 0028",
        "< 11 14 2300 FFFF 8A9C3C95C96544C5A5E8A0C4A0A60BFB", // vendor service, 128-bit UUID, ends at 0xFFFF
        "> 08 0E00 1300 0328",                             // Read By Type in the HR service: characteristic declarations
        "< 09 07 0F00 10 1000 372A 1200 02 1300 382A",     // 0x2A37 notify at 0x0010; Body Sensor Location read at 0x0013
        "> 08 1300 1300 0328",
        "< 01 08 1300 0A",                                 // Error: Attribute Not Found ends the step
        "> 04 1100 1100",                                  // Find Information between the value and the next declaration
        "< 05 01 1100 0229",                               // CCCD at 0x0011
        "> 12 1100 0100",                                  // Write Request: notifications on
        "< 13",
    ];

    /// <summary>Notifications once a second: 72, 74, 75 bpm with contact and RR intervals.</summary>
    public static readonly string[] HeartRateNotifications =
    [
        "<+1000 1B 1000 16 48 B203",                       // 72 bpm, contact, RR 946/1024 s
        "<+1000 1B 1000 16 4A 9803 8E03",                  // 74 bpm, two RR intervals
        "<+1000 1B 1000 06 4B",                            // 75 bpm, contact, no RR
    ];

    /// <summary>Footpod: RSC service 0x000C-0x0014, measurement value at 0x000E with its CCCD at 0x000F, then RSC Feature and SC Control Point.</summary>
    public static readonly string[] RunningDiscovery =
    [
        "> 02 B900",
        "< 01 02 0000 06",                                 // Exchange MTU: Request Not Supported, stay at 23
        "> 10 0100 FFFF 0028",
        "< 11 06 0100 0700 0018 0800 0B00 0118 0C00 1400 1418",
        "> 10 1500 FFFF 0028",
        "< 01 10 1500 0A",                                 // no more services
        "> 08 0C00 1400 0328",
        "< 09 07 0D00 10 0E00 532A 1000 02 1100 542A",     // RSC Measurement notify at 0x000E; RSC Feature read at 0x0011
        "> 08 1100 1400 0328",
        "< 09 07 1200 28 1300 552A",                       // SC Control Point (write, indicate): not ours
        "> 08 1300 1400 0328",
        "< 01 08 1300 0A",
        "> 04 0F00 0F00",
        "< 05 01 0F00 0229",
        "> 12 0F00 0100",
        "< 13",
    ];

    /// <summary>3.5 m/s, 170 spm, stride 1.24 m, 1234.5 m, running.</summary>
    public static readonly string[] RunningNotification = ["<+1000 1B 0E00 07 8003 AA 7C00 39300000"];
}
