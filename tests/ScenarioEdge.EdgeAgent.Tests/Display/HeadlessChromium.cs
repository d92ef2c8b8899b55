using System.Diagnostics;

namespace ScenarioEdge.EdgeAgent.Tests.Display;

/// <summary>Runs Debian's chromium headless and returns the DOM after the page's scripts ran for a virtual-time budget.</summary>
internal static class HeadlessChromium
{
    private const string Binary = "/usr/bin/chromium";

    public static async Task<string> DumpDomAsync(Uri url, int virtualTimeBudgetMs = 500)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install it with 'apt-get update && apt-get install -y chromium' (./test.sh does).");
        }

        var profile = Directory.CreateTempSubdirectory("kiosk-chromium-");
        try
        {
            var start = new ProcessStartInfo(Binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}", $"--virtual-time-budget={virtualTimeBudgetMs}",
                "--dump-dom", url.ToString(),
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 60 s: {await stderr}");
            }

            return await stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
