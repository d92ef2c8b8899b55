using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>
/// A real mosquitto process on 127.0.0.1 and a free port, stoppable and restartable on the same port. Persistence is
/// on (in a temp directory) so that the test subscriber's persistent session survives the broker restart, as a
/// production broker's would; the edge agent's own guarantee does not depend on it.
/// </summary>
internal sealed class Mosquitto : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/mosquitto";
    private readonly string directory = AgentHost.TempDirectory();
    private readonly string? passwordFile;
    private Process? process;

    private Mosquitto(int port, string? passwordFile) => (Port, this.passwordFile) = (port, passwordFile);

    public int Port { get; }

    public static async Task<Mosquitto> StartAsync(params (string User, string Password)[] users)
    {
        string? passwords = null;
        if (users.Length > 0)
        {
            passwords = Path.Combine(AgentHost.TempDirectory(), "passwords");
            foreach (var (user, password) in users)
            {
                await RunAsync("mosquitto_passwd", File.Exists(passwords) ? ["-b", passwords, user, password] : ["-b", "-c", passwords, user, password]);
            }
        }

        var broker = new Mosquitto(FreePort(), passwords);
        await broker.StartAsync();
        return broker;
    }

    public async Task StartAsync()
    {
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllLinesAsync(config,
        [
            $"listener {Port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            passwordFile is null ? "allow_anonymous true" : "allow_anonymous false",
            passwordFile is null ? string.Empty : $"password_file {passwordFile}",
            "persistence true",
            $"persistence_location {directory}/",
            "log_dest none",
        ]);
        process = Process.Start(new ProcessStartInfo(Binary, ["-c", config]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("mosquitto did not start");
        var waited = Stopwatch.StartNew();
        while (!await AcceptsAsync())
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new InvalidOperationException($"mosquitto did not listen on {Port}: {await process.StandardError.ReadToEndAsync()}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Stops the broker the way systemd does (SIGTERM), so it saves its sessions.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            await RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task RunAsync(string file, string[] args)
    {
        using var run = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true }) ?? throw new InvalidOperationException($"{file} did not start");
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {await run.StandardError.ReadToEndAsync()}");
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
