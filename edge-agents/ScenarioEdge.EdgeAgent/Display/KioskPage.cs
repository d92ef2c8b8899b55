using System.Net;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>
/// The kiosk page: rendered on the server with the current content (so a browser shows it at once, JavaScript or
/// not), then kept live by polling the content endpoint; the server decides what is current, TTL included.
/// </summary>
internal static class KioskPage
{
    public static string Render(string display, DisplayView view, int pollMs)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{E(display)}}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body{margin:0;font-family:sans-serif;background:#111;color:#fff;display:flex;align-items:center;justify-content:center;height:100vh;text-align:center}
            #title{font-size:8vw;margin:0} #price{font-size:12vw;color:#ffd400} #promotion{font-size:4vw} #qr{font-size:2vw;color:#aaa}
            </style></head>
            <body><main id="display" data-display="{{E(display)}}" data-poll-ms="{{pollMs}}" data-default="{{(view.IsDefault ? "true" : "false")}}">
            <h1 id="title">{{E(view.Title)}}</h1>
            <div id="price">{{E(view.Price)}}</div>
            <p id="promotion">{{E(view.Promotion)}}</p>
            <p id="qr">{{E(view.Qr)}}</p>
            </main>
            <script>
            (() => {
              const root = document.getElementById('display');
              const url = '/displays/' + encodeURIComponent(root.dataset.display) + '/content';
              const set = (id, text) => { const el = document.getElementById(id); if (el.textContent !== (text ?? '')) el.textContent = text ?? ''; };
              async function refresh() {
                try {
                  const response = await fetch(url, { cache: 'no-store' });
                  if (response.ok) {
                    const view = await response.json();
                    set('title', view.title); set('price', view.price); set('promotion', view.promotion); set('qr', view.qr);
                    root.dataset.default = String(view.isDefault);
                  }
                } catch (e) { /* device busy or restarting: keep what is shown and try again */ }
                setTimeout(refresh, Number(root.dataset.pollMs));
              }
              setTimeout(refresh, Number(root.dataset.pollMs));
            })();
            </script></body></html>
            """;
    }
}
