using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>
/// The JSON Schema of a document type (a campaign, a coupon definition), exported from the model itself by
/// System.Text.Json's exporter, with each field's [Description]. The schema states shape and types; vocabularies,
/// ranges and references are the validators' part.
/// </summary>
public static class DocumentSchema
{
    public static string Generate(JsonSerializerOptions serializer, Type document, string id, string title)
    {
        ArgumentNullException.ThrowIfNull(serializer);
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
        var schema = serializer.GetJsonSchemaAsNode(document, options).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "$id", id);
        schema.Insert(2, "title", title);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
