using System.Device.Gpio;

namespace ScenarioEdge.EdgeAgent.Gpio;

/// <summary>Opens controllers and pins, turning the driver's terse errors into messages that say what to do.</summary>
internal static class GpioPins
{
    private const string PermissionHelp =
        "Run the edge agent as a user in the 'gpio' group (sudo usermod -aG gpio <user>, then restart the service), never as root.";

    public static GpioController CreateController()
    {
        try
        {
            return new GpioController();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException or NotSupportedException or InvalidOperationException)
        {
            throw new GpioSetupException(
                $"No usable GPIO chip on this machine ({ex.Message}). Check that /dev/gpiochip0 exists and is readable; {PermissionHelp} On a device without a shelf set Shelf:Enabled to false.",
                ex);
        }
    }

    public static void Open(GpioController controller, int pin, PinMode mode, string role)
    {
        try
        {
            controller.OpenPin(pin, mode);
        }
        catch (Exception ex) when (IsPermission(ex))
        {
            throw new GpioSetupException($"Cannot open GPIO {pin} ({role}): permission denied. {PermissionHelp}", ex);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or PlatformNotSupportedException)
        {
            throw new GpioSetupException(
                $"Cannot open GPIO {pin} ({role}): {ex.Message}. Check that the board has a GPIO chip (ls /dev/gpiochip*), that {pin} is a BCM GPIO number, and that no other process holds the pin.",
                ex);
        }
    }

    private static bool IsPermission(Exception ex) =>
        ex is UnauthorizedAccessException || ex.Message.Contains("ermission denied", StringComparison.Ordinal);
}
