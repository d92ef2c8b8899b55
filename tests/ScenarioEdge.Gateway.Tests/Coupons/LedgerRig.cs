using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Coupons.Loading;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>
/// The coupon ledger over a real LiteDB file, without a host: <see cref="Restart"/> closes the file and opens it
/// again with a new ledger, as a gateway restart does, so tests can restart between any two operations cheaply.
/// </summary>
internal sealed class LedgerRig : IDisposable
{
    private readonly string _path;

    public LedgerRig(FakeTimeProvider? time = null)
    {
        _path = Path.Combine(Directory.CreateTempSubdirectory("se-ledger-").FullName, "scenarioedge.db");
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero));
        Open();
    }

    public FakeTimeProvider Time { get; }

    public GatewayMetrics Metrics { get; } = new();

    public GatewayDatabase Database { get; private set; } = null!;

    public CouponLedger Ledger { get; private set; } = null!;

    public CouponStore Store { get; private set; } = null!;

    public PointsLedger Points { get; private set; } = null!;

    public PointsRedemptions PointsRedemptions { get; private set; } = null!;

    public void Define(string yaml)
    {
        var loaded = CouponLoader.FromYaml(yaml, new LedgerCatalog());
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems));
        Assert.Equal(201, Store.Create(loaded.Document!, "test").Status);
    }

    public void Restart()
    {
        Database.Dispose();
        Open();
    }

    public void Dispose() => Database.Dispose();

    private void Open()
    {
        Database = new GatewayDatabase(_path);
        var definitions = new CouponDefinitions(Database);
        Store = new CouponStore(Database, definitions, new ProvisioningChanges(), Time, NullLogger<CouponStore>.Instance);
        Ledger = new CouponLedger(Database, definitions, new CouponOwners(), new LedgerCatalog(), Metrics, Time, NullLogger<CouponLedger>.Instance);
        var owners = new PointsOwners();
        Points = new PointsLedger(Database, owners, Metrics, Time);
        PointsRedemptions = new PointsRedemptions(Database, Ledger, Points, owners, new LedgerCatalog(), Time);
    }

    public static string Coupon(string id = "c", int? count = 5, int perShopper = 2, int days = 1, string stores = "[store-1]", int? pointsCost = null) => $"""
        id: {id}
        version: 1
        name: Test coupon
        kind: amount
        value: 2
        scope: {"{"} categories: [drinks] {"}"}
        validity: {"{"} days: {days} {"}"}
        {(count is { } n ? $"budget: {{ count: {n} }}" : "")}
        perShopper: {perShopper}
        {(pointsCost is { } cost ? $"pointsCost: {cost}" : "")}
        stores: {stores}
        """;
}
