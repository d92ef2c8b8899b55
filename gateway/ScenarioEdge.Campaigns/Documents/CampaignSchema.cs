using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>
/// The JSON Schema of campaign documents, exported from the model itself (System.Text.Json's exporter) with each
/// field's [Description]. Published as docs/campaign.schema.json; a test keeps the file equal to this output. The
/// schema states shape and types; vocabularies, ranges and references are checked by the validator.
/// </summary>
public static class CampaignSchema
{
    public static string Generate()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                var attributes = context.PropertyInfo?.AttributeProvider ?? context.TypeInfo.Type;
                var description = attributes.GetCustomAttributes(typeof(DescriptionAttribute), false).OfType<DescriptionAttribute>().FirstOrDefault();
                if (description is not null && node is JsonObject obj && !obj.ContainsKey("description"))
                {
                    obj.Insert(0, "description", description.Description);
                }

                return node;
            },
        };
        var schema = CampaignJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(CampaignDocument), options).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "$id", "https://scenarioedge.example/schemas/campaign.schema.json");
        schema.Insert(2, "title", "ScenarioEdge campaign");
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
