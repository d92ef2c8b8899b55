using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace ScenarioEdge.Coupons.Documents;

/// <summary>
/// The JSON Schema of coupon definitions, exported from the model itself (System.Text.Json's exporter) with each
/// field's [Description]. Published as docs/coupon.schema.json; a test keeps the file equal to this output. The
/// schema states shape and types; vocabularies, ranges and references are checked by the validator.
/// </summary>
public static class CouponSchema
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
        var schema = CouponJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(CouponDocument), options).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "$id", "https://scenarioedge.example/schemas/coupon.schema.json");
        schema.Insert(2, "title", "ScenarioEdge coupon definition");
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
