using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Validation;

/// <summary>Content per channel: lengths, links, display and product references, and placeholders the trigger fills.</summary>
internal static class ContentValidator
{
    public static void Validate(ContentSpec content, string path, StoreScope stores, ICampaignCatalog catalog, TriggerKind? kind, ProblemList p)
    {
        if (content.AppPush is null && content.ShelfDisplay is null)
        {
            p.Add(path, "required: appPush, shelfDisplay or both");
        }

        if (content.AppPush is { } push)
        {
            var at = $"{path}.appPush";
            Template($"{at}.title", push.Title, 120, kind, p);
            Template($"{at}.body", push.Body, 1000, kind, p);
            Template($"{at}.deepLink", push.DeepLink, 500, kind, p);
            if (push.DeepLink is { Length: > 0 } link && !link.Contains("://", StringComparison.Ordinal))
            {
                p.Add($"{at}.deepLink", $"'{link}' is not a link such as app://offers/coffee or https://...");
            }
            else if (push.DeepLink is { Length: > 0 } scheme && ForbiddenScheme(scheme) is { } bad)
            {
                // The app would refuse the push on the wire: refused here, not at send time.
                p.Add($"{at}.deepLink", $"scheme '{bad}' is not allowed in a link (javascript, data, file and vbscript run or embed content)");
            }

            if (push.ImageUrl is not null && !(Uri.TryCreate(push.ImageUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                p.Add($"{at}.imageUrl", $"'{push.ImageUrl}' is not an https URL");
            }

            if (push.CouponRef is not null)
            {
                var before = p.Items.Count;
                p.Id($"{at}.couponRef", push.CouponRef);
                if (p.Items.Count == before && !catalog.HasCoupon(push.CouponRef))
                {
                    p.Add($"{at}.couponRef", $"unknown coupon '{push.CouponRef}': define it first (/api/coupons or the coupon folder)");
                }
            }
        }

        if (content.ShelfDisplay is { } display)
        {
            Display(display, $"{path}.shelfDisplay", stores, catalog, kind, p);
        }
    }

    private static void Display(ShelfDisplaySpec d, string at, StoreScope stores, ICampaignCatalog catalog, TriggerKind? kind, ProblemList p)
    {
        if (d.Display != "nearest")
        {
            if (stores.All)
            {
                p.Add($"{at}.display", "a campaign for every store can only use the nearest display");
            }
            else
            {
                var missing = stores.Stores.Where(s => !catalog.HasDisplay(s, d.Display)).ToList();
                if (missing.Count > 0)
                {
                    p.Add($"{at}.display", missing.Count == stores.Stores.Count
                        ? $"unknown display '{d.Display}'"
                        : $"display '{d.Display}' does not exist in store {string.Join(", ", missing)}");
                }
            }
        }
        else if (kind is { } k && !TriggerKinds.HasZone(k))
        {
            p.Add($"{at}.display", $"a {TriggerKinds.Name(k)} trigger has no zone to find the nearest display from: name a display");
        }

        Template($"{at}.title", d.Title, 120, kind, p);
        if (d.Text is not null)
        {
            Template($"{at}.text", d.Text, 500, kind, p);
        }

        if (d.Product == "{product}")
        {
            Template($"{at}.product", d.Product, 64, kind, p);
        }
        else if (d.Product is not null && !catalog.HasProduct(d.Product))
        {
            p.Add($"{at}.product", $"unknown product '{d.Product}'");
        }

        if (!Durations.TryParse(d.Ttl, out var ttl) || ttl > TimeSpan.FromHours(1))
        {
            p.Add($"{at}.ttl", $"'{d.Ttl}' is not a duration from 1s to 1h (e.g. 60s, 5m)");
        }

        if (d.Fallback != "storeDefault")
        {
            p.Add($"{at}.fallback", $"'{d.Fallback}' is not a fallback: storeDefault");
        }
    }

    private static void Template(string path, string? text, int max, TriggerKind? kind, ProblemList p)
    {
        p.Text(path, text, max);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var template = CompiledTemplate.TryParse(text, out var error);
        if (template is null)
        {
            p.Add(path, error!);
            return;
        }

        foreach (var segment in template.Segments.DistinctBy(s => s.Placeholder))
        {
            if (kind is { } k && !Placeholders.CanFill(segment.Placeholder, k))
            {
                p.Add(path, Placeholders.Why(segment.Placeholder, k));
            }
        }
    }

    private static string? ForbiddenScheme(string link)
    {
        var scheme = link[..link.IndexOf("://", StringComparison.Ordinal)].Trim().ToLowerInvariant();
        return scheme is "javascript" or "data" or "file" or "vbscript" ? scheme : null;
    }
}
