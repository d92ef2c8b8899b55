namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>
/// Where an external alert applies: a list of stores, or a point and radius. The gateway fans an alert out to the
/// stores it covers and raises one <see cref="TriggerKind.Alert"/> fact per shopper in or near each of them.
/// </summary>
public sealed record AlertArea(IReadOnlyList<string>? Stores, double? Latitude = null, double? Longitude = null, double? RadiusM = null)
{
    private const double EarthRadiusM = 6_371_000;

    /// <summary>Whether the area covers a store (its location is needed for a point-and-radius area).</summary>
    public bool Covers(string store, double? storeLatitude, double? storeLongitude)
    {
        if (Stores is not null)
        {
            return Stores.Contains(store, StringComparer.Ordinal);
        }

        if (Latitude is not { } lat || Longitude is not { } lon || RadiusM is not { } radius
            || storeLatitude is not { } sLat || storeLongitude is not { } sLon)
        {
            return false;
        }

        return DistanceM(lat, lon, sLat, sLon) <= radius;
    }

    /// <summary>Great-circle distance (haversine), good to metres at store scale.</summary>
    public static double DistanceM(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
