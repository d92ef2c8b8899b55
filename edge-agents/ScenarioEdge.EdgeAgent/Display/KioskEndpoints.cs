using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>The kiosk's HTTP surface: one page per display, its content as JSON, and an index.</summary>
internal static class KioskEndpoints
{
    public static IEndpointRouteBuilder MapKiosk(this IEndpointRouteBuilder app, DisplayBoard board, int pollMs)
    {
        app.MapGet("/", () => Results.Content(
            "<!DOCTYPE html><html><body><ul>" + string.Concat(board.Displays.Select(d =>
                $"<li><a href=\"/displays/{Uri.EscapeDataString(d)}\">{System.Net.WebUtility.HtmlEncode(d)}</a></li>")) + "</ul></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/displays/{display}", (string display) => board.View(display) is { } view
            ? Results.Content(KioskPage.Render(display, view, pollMs), "text/html; charset=utf-8")
            : Results.NotFound());
        app.MapGet("/displays/{display}/content", (string display) => board.View(display) is { } view
            ? Results.Json(view, DisplayJsonContext.Default.DisplayView)
            : Results.NotFound());
        return app;
    }
}
