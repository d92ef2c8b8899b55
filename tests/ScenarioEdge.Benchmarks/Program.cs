using BenchmarkDotNet.Running;

namespace ScenarioEdge.Benchmarks;

internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "coupons")
        {
            return await Coupons.CouponLoad.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "points")
        {
            return await Points.PointsLoad.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "checkout")
        {
            return await Purchases.CheckoutLoad.RunAsync(args);
        }

        // A load run against a whole gateway, not a BenchmarkDotNet benchmark: see docs/benchmarks.md.
        if (args.Length > 0 && args[0] == "campaign-load")
        {
            return await Load.CampaignLoadCommand.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
