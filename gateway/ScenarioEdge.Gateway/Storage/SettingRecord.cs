namespace ScenarioEdge.Gateway.Storage;

/// <summary>A gateway-wide secret setting kept in the LiteDB file (collection <c>settings</c>), e.g. the token signing key.</summary>
public sealed class SettingRecord
{
    public string Id { get; set; } = "";

    public byte[] Value { get; set; } = [];
}
