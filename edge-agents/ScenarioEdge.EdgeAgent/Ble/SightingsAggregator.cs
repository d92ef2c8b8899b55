using System.Runtime.InteropServices;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// From adverts to sightings: decodes each advert, finds its advertiser without allocating (a value key into a
/// dictionary), keeps raw and windowed RSSI, and hands out one sighting per advertiser per publish interval.
/// Advertisers silent for longer than the forget time are dropped. The scanner thread calls <see cref="Observe"/>,
/// the publisher calls <see cref="Collect"/>; a short lock keeps them apart.
/// </summary>
internal sealed class SightingsAggregator(BleSettings settings, RpaResolver resolver, IReadOnlyDictionary<string, int> calibration, ushort shopperTokenUuid, AgentHealth health)
{
    // A TX Power Level AD is the power at 0 m; 41 dB is the free-space loss to 1 m at 2.4 GHz.
    private const int OneMetreLoss = 41;
    private readonly Dictionary<AdvertiserKey, AdvertiserState> advertisers = [];
    private readonly Lock gate = new();

    /// <summary>Advertisers currently remembered.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return advertisers.Count;
            }
        }
    }

    public void Observe(in AdvertReport report, long nowTicks)
    {
        health.CountAdvert();
        var tuning = settings.Current;
        AdvertiserKey key;
        AdvertiserKind kind;
        var registered = resolver.ResolveIndex(report.Address, report.AddressType);
        var identity = AdvertClassifier.Classify(report.Data, shopperTokenUuid);
        if (registered >= 0)
        {
            (key, kind) = (AdvertiserKey.ForRegistered(registered), AdvertiserKind.Wearable);
        }
        else
        {
            kind = ProtocolKind(identity.Kind);
            if (kind == AdvertiserKind.Unknown && !tuning.PublishUnknown)
            {
                return;
            }

            key = kind == AdvertiserKind.Unknown ? AdvertiserKey.ForAddress(report.Address) : AdvertiserKey.ForFrame(identity.Kind, identity.Id);
        }

        int? advertised = identity.ReferenceRssi is { } frameReference ? frameReference : identity.TxPowerLevel is { } level ? level - OneMetreLoss : null;
        lock (gate)
        {
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(advertisers, key, out var exists);
            if (!exists)
            {
                var id = registered >= 0 ? resolver.NameOf(registered) : IdOf(identity, report.Address);
                state = new AdvertiserState(id, kind, tuning.RssiWindow, calibration.TryGetValue(id, out var reference) ? reference : null);
            }

            state!.AdvertisedReference = advertised ?? state.AdvertisedReference;
            state.Add(report.Rssi, nowTicks, tuning.RssiWindow);
        }
    }

    /// <summary>One sighting per advertiser heard since the last call; forgets advertisers silent for too long.</summary>
    public List<Sighting> Collect(DateTimeOffset now)
    {
        var tuning = settings.Current;
        var forgetBefore = now.UtcTicks - tuning.ForgetAfter.Ticks;
        var sightings = new List<Sighting>();
        lock (gate)
        {
            foreach (var (key, state) in advertisers)
            {
                if (state.LastSeenTicks < forgetBefore)
                {
                    advertisers.Remove(key);
                    continue;
                }

                if (state.Count == 0)
                {
                    continue;
                }

                sightings.Add(new Sighting
                {
                    Adv = state.Id,
                    Kind = state.Kind,
                    Rssi = Clamp(state.LastRssi + tuning.RxOffsetDb),
                    RssiSmoothed = Math.Round(Math.Clamp(state.Window.Median() + tuning.RxOffsetDb, -127, 20), 1),
                    TxPower = state.CalibratedReference ?? (state.AdvertisedReference is { } r ? Math.Clamp(r, -127, 20) : null),
                    Count = state.Count,
                    Ts = new DateTimeOffset(state.LastSeenTicks, TimeSpan.Zero),
                });
                state.Count = 0;
            }
        }

        return sightings;
    }

    internal static AdvertiserKind ProtocolKind(AdvertKind kind) => kind switch
    {
        AdvertKind.ShopperToken => AdvertiserKind.ShopperToken,
        AdvertKind.IBeacon => AdvertiserKind.IBeacon,
        AdvertKind.AltBeacon => AdvertiserKind.AltBeacon,
        AdvertKind.EddystoneUid or AdvertKind.EddystoneEid => AdvertiserKind.Eddystone,
        _ => AdvertiserKind.Unknown,
    };

    private static string IdOf(AdvertIdentity identity, ulong address) => identity.Kind switch
    {
        AdvertKind.IBeacon => $"{AdvertDescriber.UuidBigEndian(identity.Id[..16])}:{(identity.Id[16] << 8) | identity.Id[17]}:{(identity.Id[18] << 8) | identity.Id[19]}",
        AdvertKind.AltBeacon or AdvertKind.EddystoneUid or AdvertKind.EddystoneEid or AdvertKind.ShopperToken => AdvertDescriber.Hex(identity.Id),
        _ => BluetoothAddress.Format(address),
    };

    private static int Clamp(double rssi) => (int)Math.Clamp(Math.Round(rssi), -127, 20);
}
