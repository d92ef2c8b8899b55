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

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
