using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Benchmarks.Coupons;
using ScenarioEdge.Gateway;
using ScenarioEdge.Gateway.Purchases;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

using ScenarioEdge.Benchmarks.Load;

namespace ScenarioEdge.Benchmarks.Purchases;

/// <summary>
/// <c>dotnet run -c Release --project tests/ScenarioEdge.Benchmarks -- checkout [purchases] [threads]</c>: the hosted
/// gateway on a temporary data directory; checkout codes issued per second (kept in LiteDB), then the purchase
/// intake's rate without a checkout code (the book alone) and with one (the code used in its own transaction).
/// </summary>
internal static class CheckoutLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var purchases = CouponLoad.Arg(args, 0, 2_000);
        var threads = CouponLoad.Arg(args, 1, 8);
        var (gateway, _) = await LoadRun.StartGatewayAsync("checkout");
        await using var app = gateway;
        var codes = app.Services.GetRequiredService<CheckoutCodes>();
        var intake = app.Services.GetRequiredService<PurchaseIntake>();
        var till = new DeviceRecord { Id = "store-1/till-1", Store = "store-1", Device = "till-1", Kind = DeviceRecord.PosKind };

        var issued = new string[purchases];
        LoadRun.Measure($"{purchases} checkout codes issued over {purchases} shoppers with {threads} threads", purchases, threads,
            i => (issued[i] = codes.Issue($"shopper-{i}", $"install-{i}").Code).Length > 0);
        LoadRun.Measure($"{purchases} purchases without a checkout code with {threads} threads", purchases, threads,
            i => intake.Record(till, PurchaseOf($"plain-{i}", null), 0) is null);
        LoadRun.Measure($"{purchases} purchases with a checkout code with {threads} threads", purchases, threads,
            i => intake.Record(till, PurchaseOf($"coded-{i}", issued[i]), 0) is null);

        var db = app.Services.GetRequiredService<GatewayDatabase>();
        Console.WriteLine($"book: {db.Purchases.Count()} purchases, {db.CheckoutCodes.Count()} open checkout codes");
        await app.StopAsync();
        return 0;
    }

    private static Purchase PurchaseOf(string receipt, string? code) => new()
    {
        Id = receipt,
        Ts = TimeProvider.System.GetUtcNow(),
        Receipt = receipt,
        Items = [new PurchaseItem { Sku = "sports-500", Qty = 2, Price = 1.5, Category = "drinks" }],
        Total = 3,
        Currency = "EUR",
        CheckoutCode = code,
    };

}
