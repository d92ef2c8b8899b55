using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Display;
using ScenarioEdge.EdgeAgent;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Display;

// The kiosk is disposed in DisposeAsync (IAsyncLifetime), which CA1001 does not see.
#pragma warning disable CA1001
public sealed class KioskServerTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingEdgeLink _link = new();
    private readonly DisplayBoard _board;
    private readonly DisplaySubscriber _subscriber;
    private readonly KioskServer _kiosk;

    public KioskServerTests()
    {
        var displays = new DisplayOptions
        {
            KioskPort = 0,
            PollMs = 200,
            Displays = [new DisplayDefault { Id = "d1", Title = "Fresh every morning", Promotion = "Ask our staff" }],
        };
        _board = new DisplayBoard(displays, _time);
        var agent = Options.Create(new AgentOptions { Store = "s1", Device = "shelf-1" });
        _subscriber = new DisplaySubscriber(_link, _board, agent, NullLogger<DisplaySubscriber>.Instance);
        _kiosk = new KioskServer(_board, Options.Create(displays), NullLoggerFactory.Instance);
    }

    public async Task InitializeAsync()
    {
        await _subscriber.StartAsync(CancellationToken.None);
        await _kiosk.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _kiosk.StopAsync(CancellationToken.None);
        await _kiosk.DisposeAsync();
        await _subscriber.StopAsync(CancellationToken.None);
    }

    private Task Publish(string title, decimal price, string promotion, int ttlS) =>
        _link.DeliverAsync(Topics.Display("s1", "d1"), ProtocolCodec.Encode(new DisplayContent
        {
            Id = $"c-{title.Length}-{ttlS}",
            Ts = _time.GetUtcNow(),
            Title = title,
            Price = price,
            Currency = "EUR",
            Promotion = promotion,
            TtlS = ttlS,
        }));

    private Uri Page => new(_kiosk.Address!, "/displays/d1");

    [Fact]
    public async Task Page_RetainedContentArrived_BrowserShowsTitlePriceAndPromotion()
    {
        await Publish("Organic apples", 2.49m, "2 for 1 today", 60);

        var dom = await HeadlessChromium.DumpDomAsync(Page);

        Assert.Contains("<h1 id=\"title\">Organic apples</h1>", dom, StringComparison.Ordinal);
        Assert.Contains("2.49 EUR", dom, StringComparison.Ordinal);
        Assert.Contains("2 for 1 today", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_TtlEnded_BrowserShowsTheDefaultContent()
    {
        await Publish("Organic apples", 2.49m, "2 for 1 today", 30);
        _time.Advance(TimeSpan.FromSeconds(30));

        var dom = await HeadlessChromium.DumpDomAsync(Page);

        Assert.Contains("Fresh every morning", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Organic apples", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ContentChangesWhileOpen_PageUpdatesItselfWithoutReload()
    {
        await Publish("Organic apples", 2.49m, "2 for 1 today", 60);
        var pagesServed = 0;
        _kiosk.Middleware = async (context, next) =>
        {
            await next();

            // Once the page has been served with the apples, the gateway switches the display to pears.
            if (context.Request.Path == "/displays/d1" && Interlocked.Increment(ref pagesServed) == 1)
            {
                await Publish("Conference pears", 1.99m, "New season", 60);
            }
        };

        var dom = await HeadlessChromium.DumpDomAsync(Page, virtualTimeBudgetMs: 3000);

        Assert.Equal(1, pagesServed);
        Assert.Contains("<h1 id=\"title\">Conference pears</h1>", dom, StringComparison.Ordinal);
        Assert.Contains("1.99 EUR", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriber_InvalidContent_KeepsShowingThePreviousContent()
    {
        await Publish("Organic apples", 2.49m, "2 for 1 today", 60);

        await _link.DeliverAsync(Topics.Display("s1", "d1"), Encoding.UTF8.GetBytes("{\"v\":1,\"id\":\"x\",\"ts\":\"2025-06-01T10:00:05Z\",\"title\":\"\"}"));

        using var http = new HttpClient();
        var json = await http.GetStringAsync(new Uri(_kiosk.Address!, "/displays/d1/content"));
        Assert.Contains("Organic apples", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Address_DefaultOptions_BindsToLoopback()
    {
        Assert.Equal("127.0.0.1", _kiosk.Address!.Host);
        Assert.Equal("127.0.0.1", new DisplayOptions().KioskBindAddress);
    }
}
