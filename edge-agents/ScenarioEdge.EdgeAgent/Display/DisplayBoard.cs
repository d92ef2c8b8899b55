using System.Globalization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>
/// Current content of each display on this device. Content is live from its event time until ts + ttlS, checked
/// against the injected clock on every read, so the page falls back to the default exactly when the TTL ends,
/// whatever the network did. Older content than what is shown is ignored (a late retained redelivery).
/// </summary>
public sealed class DisplayBoard(DisplayOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DisplayDefault> _defaults = options.Displays.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, DisplayContent> _content = new(StringComparer.Ordinal);

    public IEnumerable<string> Displays => _defaults.Keys;

    public bool Hosts(string display) => _defaults.ContainsKey(display);

    /// <summary>Shows <paramref name="content"/>; returns why it was refused, or null.</summary>
    public string? Apply(string display, DisplayContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Hosts(display))
        {
            return $"display '{display}' is not hosted on this device";
        }

        var invalid = content.Validate();
        if (invalid is not null)
        {
            return invalid;
        }

        lock (_gate)
        {
            if (_content.TryGetValue(display, out var shown) && content.Ts < shown.Ts)
            {
                return $"older than the content shown ({content.Ts:O} < {shown.Ts:O})";
            }

            _content[display] = content;
        }

        return null;
    }

    /// <summary>The retained content was cleared: show the default.</summary>
    public void Clear(string display)
    {
        lock (_gate)
        {
            _content.Remove(display);
        }
    }

    internal DisplayView? View(string display)
    {
        if (!_defaults.TryGetValue(display, out var fallback))
        {
            return null;
        }

        DisplayContent? content;
        lock (_gate)
        {
            content = _content.GetValueOrDefault(display);
        }

        if (content is null || time.GetUtcNow() >= content.Ts.AddSeconds(content.TtlS))
        {
            return new DisplayView(fallback.Title, null, fallback.Promotion, null, true);
        }

        var price = content.Price is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p:0.00} {content.Currency}").Trim() : null;
        return new DisplayView(content.Title, price, content.Promotion, content.Qr, false);
    }
}
