using System.Globalization;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Wearables;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.EdgeAgent;

/// <summary>Checks <see cref="AgentOptions"/> at start; every message names the configuration key and the fix.</summary>
internal sealed class AgentOptionsValidator : IValidateOptions<AgentOptions>
{
    private const string Id = "1-64 characters of letters, digits, '-', '_' or '.'";

    public ValidateOptionsResult Validate(string? name, AgentOptions options)
    {
        var errors = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Require(Ids.IsValid(options.Store), $"Agent:Store is '{options.Store}': set it to the store id ({Id})");
        Require(Ids.IsValid(options.Device), $"Agent:Device is '{options.Device}': set it to this device's id ({Id})");
        Require(!string.IsNullOrWhiteSpace(options.DataDirectory), "Agent:DataDirectory is empty: set it to a writable directory for the outbox");
        Require(options.HealthIntervalS is >= 1 and <= 3600, $"Agent:HealthIntervalS is {options.HealthIntervalS}: use 1 to 3600");

        var broker = options.Broker;
        Require(!string.IsNullOrWhiteSpace(broker.Host), "Agent:Broker:Host is empty: set it to the gateway's MQTT host name");
        Require(broker.Port is > 0 and <= 65535, $"Agent:Broker:Port is {broker.Port}: use 1 to 65535");
        Require(broker.CaCertificatePath is null or "" || File.Exists(broker.CaCertificatePath), $"Agent:Broker:CaCertificatePath '{broker.CaCertificatePath}' does not exist");
        Require(broker.ClientId is null or "" || Ids.IsValid(broker.ClientId), $"Agent:Broker:ClientId is '{broker.ClientId}': use {Id}, or leave it empty for {{store}}.{{device}}");
        Require(broker.SessionExpiryS > 0, $"Agent:Broker:SessionExpiryS is {broker.SessionExpiryS}: the persistent session needs a positive expiry");
        Require(broker.KeepAliveS is >= 1 and <= 3600, $"Agent:Broker:KeepAliveS is {broker.KeepAliveS}: use 1 to 3600");
        Require(broker.ConnectTimeoutS is >= 1 and <= 300, $"Agent:Broker:ConnectTimeoutS is {broker.ConnectTimeoutS}: use 1 to 300");
        Require(broker.ReconnectMinMs > 0 && broker.ReconnectMaxMs >= broker.ReconnectMinMs, "Agent:Broker:ReconnectMinMs must be positive and at most Agent:Broker:ReconnectMaxMs");

        var outbox = options.Outbox;
        Require(outbox.MaxMessages >= 100, $"Agent:Outbox:MaxMessages is {outbox.MaxMessages}: use at least 100");
        Require(outbox.MaxBytes >= 1024 * 1024, $"Agent:Outbox:MaxBytes is {outbox.MaxBytes}: use at least 1 MiB (1048576)");
        Require(outbox.MaxAgeHours > 0, $"Agent:Outbox:MaxAgeHours is {outbox.MaxAgeHours}: use a positive number of hours");

        if (options.Ble.Enabled)
        {
            ValidateBle(options.Ble, Require);
        }

        if (options.Wearables.Enabled && options.Wearables.Devices.Count > 0)
        {
            ValidateWearables(options.Wearables, options.Ble, Require);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static ushort ParseUuid16(string text) =>
        ushort.Parse(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static void ValidateBle(BleOptions ble, Action<bool, string> require)
    {
        require(ble.AdapterIndex is >= 0 and < 16, $"Agent:Ble:AdapterIndex is {ble.AdapterIndex}: use 0 for hci0, 1 for hci1, ...");
        require(ble.IntervalMs is >= 2.5 and <= 10_240, $"Agent:Ble:IntervalMs is {ble.IntervalMs}: use 2.5 to 10240");
        require(ble.WindowMs >= 2.5 && ble.WindowMs <= ble.IntervalMs, $"Agent:Ble:WindowMs is {ble.WindowMs}: use 2.5 up to Agent:Ble:IntervalMs");
        require(ble.PublishIntervalMs is >= 100 and <= 60_000, $"Agent:Ble:PublishIntervalMs is {ble.PublishIntervalMs}: use 100 to 60000");
        require(ble.RssiWindow is >= 1 and <= 255, $"Agent:Ble:RssiWindow is {ble.RssiWindow}: use 1 to 255 samples");
        require(ble.ForgetAfterS is >= 1 and <= 86_400, $"Agent:Ble:ForgetAfterS is {ble.ForgetAfterS}: use 1 to 86400");
        require(ble.RxOffsetDb is >= -40 and <= 40, $"Agent:Ble:RxOffsetDb is {ble.RxOffsetDb}: use -40 to 40 dB");
        require(ble.ShopperTokenServiceUuid.Length is >= 1 and <= 6 && ushort.TryParse(ble.ShopperTokenServiceUuid.Replace("0x", string.Empty, StringComparison.OrdinalIgnoreCase), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _),
            $"Agent:Ble:ShopperTokenServiceUuid is '{ble.ShopperTokenServiceUuid}': use a 16-bit UUID in hex such as FFF5");
        require(ble.Source != BleScannerSource.Replay || File.Exists(ble.ReplayFile), $"Agent:Ble:ReplayFile '{ble.ReplayFile}' does not exist (needed when Agent:Ble:Source is Replay)");
        require(ble.SyntheticRate is >= 1 and <= 1_000_000, $"Agent:Ble:SyntheticRate is {ble.SyntheticRate}: use 1 to 1000000 adverts/s");
        require(ble.SyntheticAdvertisers is >= 1 and <= 60_000, $"Agent:Ble:SyntheticAdvertisers is {ble.SyntheticAdvertisers}: use 1 to 60000");
        foreach (var (device, irk) in ble.Irks)
        {
            require(irk.Length == 32 && irk.All(char.IsAsciiHexDigit), $"Agent:Ble:Irks:{device} must be 32 hex digits (16 bytes, most significant first)");
        }

        foreach (var (adv, rssi) in ble.ReferenceRssi)
        {
            require(rssi is >= -127 and <= 20, $"Agent:Ble:ReferenceRssi:{adv} is {rssi}: use -127 to 20 dBm");
        }
    }

    private static void ValidateWearables(WearableOptions wearables, BleOptions ble, Action<bool, string> require)
    {
        const string Key = "Agent:Wearables";
        require(wearables.MaxConnections is >= 1 and <= 8, $"{Key}:MaxConnections is {wearables.MaxConnections}: use 1 to 8 (a controller holds few links while it scans)");
        require(wearables.HeardWithinS is >= 1 and <= 3600, $"{Key}:HeardWithinS is {wearables.HeardWithinS}: use 1 to 3600");
        require(wearables.ConnectTimeoutS is >= 1 and <= 60, $"{Key}:ConnectTimeoutS is {wearables.ConnectTimeoutS}: use 1 to 60");
        require(wearables.DiscoveryTimeoutS is >= 1 and <= 120, $"{Key}:DiscoveryTimeoutS is {wearables.DiscoveryTimeoutS}: use 1 to 120");
        require(wearables.IdleTimeoutS is >= 1 and <= 3600, $"{Key}:IdleTimeoutS is {wearables.IdleTimeoutS}: use 1 to 3600");
        require(wearables.ReconnectMinMs > 0 && wearables.ReconnectMaxMs >= wearables.ReconnectMinMs, $"{Key}:ReconnectMinMs must be positive and at most {Key}:ReconnectMaxMs");
        require(wearables.WheelCircumferenceM is > 0.5 and < 5, $"{Key}:WheelCircumferenceM is {wearables.WheelCircumferenceM}: use the wheel's circumference in metres (about 2.1 for a road bike)");
        require(!wearables.ConnectOnlyWhenHeard || (ble.Enabled && ble.Source == BleScannerSource.Hci),
            $"{Key}:ConnectOnlyWhenHeard needs the HCI scanner (Agent:Ble:Enabled true, Source Hci) to hear the wearables; or set it to false");
        require(!ble.Enabled || ble.Channel == HciChannel.Raw,
            $"{Key} needs Agent:Ble:Channel Raw: GATT connections go through the kernel's Bluetooth stack, which the user channel takes away");
        var seen = new HashSet<ulong>();
        foreach (var (adv, text) in wearables.Devices)
        {
            require(Ids.IsValid(adv), $"{Key}:Devices:{adv}: the advertiser id must be {Id} (the id the shopper's app registered)");
            var ok = WearableAddress.TryParse(text, out var address);
            require(ok, $"{Key}:Devices:{adv} is '{text}': use an address such as C0:FF:EE:00:11:22, with /random for a static random address");
            require(!ok || seen.Add(address.Value), $"{Key}:Devices:{adv}: address {text} is registered twice");
        }
    }
}
