namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>Source-generated log messages of the shelf and display features (no allocation when a level is off).</summary>
internal static partial class ShelfLog
{
    [LoggerMessage(LogLevel.Information, "Display {Display} cleared: showing its default content")]
    public static partial void DisplayCleared(this ILogger log, string display);

    [LoggerMessage(LogLevel.Information, "Display {Display} shows {Title} for {TtlS} s")]
    public static partial void DisplayShows(this ILogger log, string display, string title, int ttlS);

    [LoggerMessage(LogLevel.Warning, "Display {Display}: content refused ({Reason}); the previous content stays. Fix the campaign's display content on the gateway.")]
    public static partial void DisplayRefused(this ILogger log, string display, string reason);

    [LoggerMessage(LogLevel.Information, "Kiosk serving {DisplayCount} displays at {KioskAddress}")]
    public static partial void KioskStarted(this ILogger log, int displayCount, Uri? kioskAddress);

    [LoggerMessage(LogLevel.Information, "Lane {Lane} ({Sku}): reading HX711 on DOUT GPIO {DataPin}, PD_SCK GPIO {ClockPin} at {Gain}")]
    public static partial void LaneStarted(this ILogger log, string lane, string sku, int dataPin, int clockPin, string gain);

    [LoggerMessage(LogLevel.Warning, "Lane {Lane} is not calibrated: weights are relative to start-up with {CountsPerGram} counts/g. Calibrate it (docs/shelf.md) for absolute grams.")]
    public static partial void LaneUncalibrated(this ILogger log, string lane, double countsPerGram);

    [LoggerMessage(LogLevel.Information, "Lane {Lane}: {Kind} of {Count} x {Sku}, {DeltaGrams:0.0} g ({BeforeGrams:0} → {AfterGrams:0} g), confidence {Confidence}")]
    public static partial void LaneEvent(this ILogger log, string lane, string kind, int count, string sku, double deltaGrams, double beforeGrams, double afterGrams, double confidence);

    [LoggerMessage(LogLevel.Warning, "Lane {Lane}: read failed, retrying in a second: {Reason}")]
    public static partial void LaneReadFailed(this ILogger log, string lane, string reason);

    [LoggerMessage(LogLevel.Error, "Smart shelf cannot start: {Reason}")]
    public static partial void ShelfCannotStart(this ILogger log, string reason);

    [LoggerMessage(LogLevel.Information, "Presence sensor {Sensor}: {State}")]
    public static partial void Presence(this ILogger log, string sensor, string state);
}
