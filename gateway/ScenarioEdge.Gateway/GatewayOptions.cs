using System.ComponentModel.DataAnnotations;
using ScenarioEdge.Gateway.Broker;

namespace ScenarioEdge.Gateway;

/// <summary>Where the gateway listens and keeps its data (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Folder of the LiteDB file and other state; relative paths are from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Address the HTTP API listens on.</summary>
    [Required]
    public string HttpAddress { get; set; } = "0.0.0.0";

    /// <summary>HTTP port (0 picks a free one).</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 8080;

    [Required]
    public BrokerOptions Broker { get; set; } = new();

    /// <summary>Path of the LiteDB file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "scenarioedge.db");
}
