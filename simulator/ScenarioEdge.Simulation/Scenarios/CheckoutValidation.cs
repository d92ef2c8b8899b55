using ScenarioEdge.Protocol;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>Checks the scenario's checkout steps, naming the path of each problem.</summary>
internal static class CheckoutValidation
{
    public static string? Validate(Scenario s, HashSet<string> shoppers)
    {
        var tills = s.Store.Pos.Select(p => p.Device).ToHashSet(StringComparer.Ordinal);
        var receipts = new HashSet<string>(StringComparer.Ordinal);
        var redeemed = false;
        for (var i = 0; i < s.Checkout.Count; i++)
        {
            var step = s.Checkout[i];
            var at = $"checkout[{i}]";
            if (step.At < 0 || (i > 0 && step.At < s.Checkout[i - 1].At))
            {
                return $"{at}.at: steps must be in time order with non-negative times";
            }

            if (!shoppers.Contains(step.Shopper))
            {
                return $"{at}.shopper: unknown shopper '{step.Shopper}'";
            }

            var problem = step.Do switch
            {
                CheckoutStepSpec.Purchase => Till(step, tills) ?? Purchase(step, receipts),
                CheckoutStepSpec.Redeem => Till(step, tills) ?? Redeem(step, redeemed),
                CheckoutStepSpec.Share => Ids.IsValid(step.Campaign ?? "") ? null : $".campaign: '{step.Campaign}' — a share names the campaign whose push it shares",
                _ => $".do: '{step.Do}' is not purchase, redeem or share",
            };
            if (problem is not null)
            {
                return at + problem;
            }

            redeemed |= step.Do == CheckoutStepSpec.Redeem;
        }

        return null;
    }

    private static string? Till(CheckoutStepSpec step, HashSet<string> tills) =>
        step.Till is { } till && tills.Contains(till) ? null
            : $".till: '{step.Till}' is not a till of the store (store.pos: {(tills.Count == 0 ? "none" : string.Join(", ", tills))})";

    private static string? Purchase(CheckoutStepSpec step, HashSet<string> receipts)
    {
        // At most 50 characters: the runner puts the run's id in front, and a receipt id has at most 64.
        if (!Ids.IsValid(step.Receipt ?? "") || step.Receipt!.Length > 50 || !receipts.Add(step.Receipt))
        {
            return $".receipt: '{step.Receipt}' is invalid (1-50 letters, digits, '-', '_' or '.') or repeated";
        }

        if (step.Items.Count == 0)
        {
            return ".items: at least one line";
        }

        for (var j = 0; j < step.Items.Count; j++)
        {
            var item = step.Items[j];
            if (!Ids.IsValid(item.Sku) || item.Qty is <= 0 or > 10_000 || item.Price is < 0 or > 1_000_000)
            {
                return $".items[{j}]: a sku, qty more than 0 (at most 10000) and a price of 0 to 1000000";
            }
        }

        return step.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper) ? null : $".currency: '{step.Currency}' — three capital letters, e.g. EUR";
    }

    private static string? Redeem(CheckoutStepSpec step, bool redeemedBefore)
    {
        if (step.ReuseKey && (step.Key is not null || !redeemedBefore))
        {
            return ".reuseKey: reuses the key of an earlier redeem step, and not together with key";
        }

        return step.Key is { Length: 0 or > 200 } ? ".key: 1-200 characters" : step.Code is { Length: 0 or > 64 } ? ".code: 1-64 characters" : null;
    }
}
