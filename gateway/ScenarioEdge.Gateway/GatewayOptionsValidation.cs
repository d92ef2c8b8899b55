using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway;

/// <summary>Validates <see cref="GatewayOptions"/> before the host is built, naming each bad key.</summary>
internal static class GatewayOptionsValidation
{
    public static GatewayOptions BindAndValidate(IConfiguration configuration)
    {
        var options = new GatewayOptions();
        configuration.GetSection(GatewayOptions.Section).Bind(options);
        var errors = new List<string>();
        Collect(options, GatewayOptions.Section, errors);
        Collect(options.Broker, $"{GatewayOptions.Section}:Broker", errors);
        ListenerValidation.Collect(options, configuration, errors);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(GatewayOptions.Section, typeof(GatewayOptions), errors);
        }

        return options;
    }

    private static void Collect(object instance, string prefix, List<string> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            errors.Add(member is null ? $"{prefix}: {result.ErrorMessage}" : $"{prefix}:{member}: {result.ErrorMessage}");
        }
    }
}
