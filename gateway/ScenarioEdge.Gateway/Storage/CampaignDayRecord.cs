using System.Globalization;

namespace ScenarioEdge.Gateway.Storage;

/// <summary>Counts of one campaign's pushes in one store on one day (collection <c>campaigndays</c>): no shopper id.</summary>
public sealed class CampaignDayRecord
{
    public string Id { get; set; } = "";

    public string Campaign { get; set; } = "";

    public string Store { get; set; } = "";

    public DateTime Day { get; set; }

    public int Sent { get; set; }

    public int Delivered { get; set; }

    public int Opened { get; set; }

    public int Redeemed { get; set; }

    public static string KeyOf(string campaign, string store, DateTime at) =>
        string.Create(CultureInfo.InvariantCulture, $"{campaign}/{store}/{at:yyyy-MM-dd}");
}
