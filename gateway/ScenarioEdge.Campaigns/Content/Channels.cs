namespace ScenarioEdge.Campaigns.Content;

/// <summary>Delivery channels, as flags: one decision may send on both.</summary>
[Flags]
public enum Channels : byte
{
    None = 0,
    AppPush = 1,
    ShelfDisplay = 2,
}
