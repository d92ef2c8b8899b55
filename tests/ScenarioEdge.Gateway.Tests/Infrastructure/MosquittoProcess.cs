using System.Diagnostics;
using System.Net.Sockets;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// A real mosquitto broker on a free loopback port, for interop tests (./test.sh installs it when missing). It keeps
/// its sessions in its own folder, as a production broker does, so that a broker restarted on the same folder
/// (<see cref="StopAsync"/>, then <see cref="StartAsync(int?, string?, bool)"/>) still holds the subscribers' queued messages.
/// With <c>persistence: false</c> it keeps nothing across a restart, as a broker installed with its defaults does.
/// </summary>
internal sealed class MosquittoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private MosquittoProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The folder holding the configuration and the persistence file.</summary>
    public string Directory => _directory;

    public static string Binary(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/usr/bin"))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{name} is not installed; run ./test.sh (it installs mosquitto and mosquitto-clients) or apt-get install mosquitto mosquitto-clients");
    }

    public static async Task<MosquittoProcess> StartAsync(int? port = null, string? directory = null, bool persistence = true)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("se-mosq-").FullName;

        // Started as root, mosquitto drops to its own user, which must still be able to write its persistence file.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        }
        var p = port ?? FreePort.Next();
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllTextAsync(config, $"""
            listener {p} 127.0.0.1
            allow_anonymous true
            persistence {(persistence ? "true" : "false")}
            persistence_location {directory}/
            max_queued_messages 100000
            """);
        var process = Process.Start(new ProcessStartInfo(Binary("mosquitto"), ["-c", config])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("mosquitto did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var broker = new MosquittoProcess(process, directory, p);
        await Eventually.TrueAsync(() => broker.Accepts() || process.HasExited, "mosquitto to listen");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"mosquitto exited with {process.ExitCode}");
        }

        return broker;
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops the broker the way systemd does (SIGTERM), so it writes its sessions to disk; the folder stays.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
            await kill!.WaitForExitAsync();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
