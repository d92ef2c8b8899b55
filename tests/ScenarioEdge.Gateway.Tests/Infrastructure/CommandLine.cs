using System.Diagnostics;
using System.Text;

namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>Runs a command-line tool (mosquitto_pub, mosquitto_sub) and collects what it printed.</summary>
internal sealed class CommandLine : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _lock = new();

    private CommandLine(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_lock)
                {
                    _output.AppendLine(e.Data);
                }
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_lock)
                {
                    _output.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    public static CommandLine Start(string tool, params string[] args) =>
        new(Process.Start(new ProcessStartInfo(MosquittoProcess.Binary(tool), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{tool} did not start"));

    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] args)
    {
        await using var command = Start(tool, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await command._process.WaitForExitAsync(timeout.Token);
        return (command._process.ExitCode, command.Output);
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
