using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Shelf;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>The kiosk web server (Kestrel), hosted inside the edge agent: loopback by default, port configurable.</summary>
public sealed class KioskServer(DisplayBoard board, IOptions<DisplayOptions> options, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _log = loggers.CreateLogger<KioskServer>();
    private WebApplication? _app;

    /// <summary>Base address once started (with the real port when 0 was configured).</summary>
    public Uri? Address { get; private set; }

    /// <summary>Extra middleware in front of the kiosk endpoints (tests observe requests with it).</summary>
    internal Func<HttpContext, Func<Task>, Task>? Middleware { get; set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!IPAddress.TryParse(o.KioskBindAddress, out var address))
        {
            throw new InvalidOperationException($"Shelf:Displays:KioskBindAddress '{o.KioskBindAddress}' is not an IP address; use 127.0.0.1 (default) or 0.0.0.0.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseKestrel(k => k.Listen(address, o.KioskPort));
        var app = builder.Build();
        app.Use((context, next) => Middleware is { } middleware ? middleware(context, () => next(context)) : next(context));

        app.MapKiosk(board, o.PollMs);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"The kiosk cannot listen on {address}:{o.KioskPort} ({ex.Message}); set Shelf:Displays:KioskPort to a free port.", ex);
        }

        _app = app;
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        Address = bound is null ? null : new Uri(bound);
        _log.KioskStarted(board.Displays.Count(), Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
