namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>The words a journey step's <c>doing</c> takes, and the phone's activity class each stands for.</summary>
internal static class ActivityWords
{
    public const string Known = "still, walking, running, cycling, vehicle, resting, commuting, exercising";

    public static bool IsKnown(string doing) => Class(doing) is not null;

    /// <summary>The phone's class: a scene's word is the activity that usually makes it.</summary>
    public static string? Class(string doing) => doing switch
    {
        "still" or "resting" => "still",
        "walking" or "commuting" => "walking",
        "running" or "exercising" => "running",
        "cycling" => "cycling",
        "vehicle" => "vehicle",
        _ => null,
    };
}
