using System.Buffers;
using BenchmarkDotNet.Attributes;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Benchmarks.Gateway;

/// <summary>
/// The gateway's per-message front door: parse the topic, decode and validate a 20-sighting batch, and resolve each
/// shopper token against 10,000 registered shoppers. Run:
/// <c>dotnet run -c Release --project tests/ScenarioEdge.Benchmarks -- --filter '*IngestDecode*'</c>.
/// </summary>
[MemoryDiagnoser]
public class IngestDecodeBenchmarks : IDisposable
{
    private const string Topic = "se/v1/stores/store-1/devices/door-1/sightings";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("se-bench-").FullName;
    private GatewayDatabase _database = null!;
    private IdentityDirectory _identities = null!;
    private ReadOnlySequence<byte> _payload;
    private string[] _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _database = new GatewayDatabase(Path.Combine(_directory, "bench.db"));
        var random = new Random(1);
        var keys = new List<byte[]>();
        for (var i = 0; i < 10_000; i++)
        {
            var key = new byte[16];
            random.NextBytes(key);
            keys.Add(key);
            _database.Shoppers.Insert(new ShopperRecord { Id = $"s{i}", Installs = [$"i{i}"], TokenKey = key, Consents = ["presence", "offers"] });
        }

        _identities = new IdentityDirectory(_database);
        _tokens = keys.Take(20).Select(k => ShopperTokens.TokenHex(k, Now)).ToArray();
        var batch = new SightingsBatch
        {
            Id = "b-1",
            Ts = Now,
            Sightings = _tokens.Select(t => new Sighting { Adv = t, Kind = AdvertiserKind.ShopperToken, Rssi = -65, RssiSmoothed = -66.5, Count = 5, Ts = Now }).ToList(),
        };
        _payload = new ReadOnlySequence<byte>(ProtocolCodec.Encode(batch));
        _ = _identities.Current.Resolve(_tokens[0], Now);
    }

    [Benchmark(Description = "topic + decode + validate, 20 sightings")]
    public int DecodeBatch()
    {
        _ = TopicParser.TryParse(Topic, out _);
        return ProtocolCodec.Decode<SightingsBatch>(_payload).Value!.Sightings.Count;
    }

    [Benchmark(Description = "resolve 20 tokens among 10,000 shoppers")]
    public int ResolveTokens()
    {
        var found = 0;
        foreach (var token in _tokens)
        {
            found += _identities.Current.Resolve(token, Now) is null ? 0 : 1;
        }

        return found;
    }

    public void Dispose()
    {
        _database?.Dispose();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
