using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// Types the query parameters the handlers take as text (they parse them themselves, to name a bad value in a 400) by
/// what each name means across the API: pages, sizes, years and objectives are integers, <c>aggregates</c> is a
/// boolean, the audit trail's <c>from</c>/<c>to</c> are instants.
/// </summary>
internal sealed class QueryParameterTypes : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (string Description, Func<OpenApiSchema> Schema)> ByName = new(StringComparer.Ordinal)
    {
        ["page"] = ("Page number, from 1.", () => Integer(1, null)),
        ["pageSize"] = ("Items per page (default 100).", () => Integer(1, Web.Paging.MaxSize)),
        ["limit"] = ("At most this many.", () => Integer(1, null)),
        ["top"] = ("Only the N largest.", () => Integer(1, 500)),
        ["year"] = ("A year.", () => Integer(1900, 2100)),
        ["from"] = ("First year.", () => Integer(1900, 2100)),
        ["to"] = ("Last year.", () => Integer(1900, 2100)),
        ["objective"] = ("An objective number.", () => Integer(1, 23)),
        ["aggregates"] = ("true: list the world, regions and groups instead of countries.", () => new OpenApiSchema { Type = JsonSchemaType.Boolean }),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = context.Description.RelativePath ?? "";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            if (route.StartsWith("api/audit", StringComparison.Ordinal) && parameter.Name is "from" or "to")
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
                parameter.Description ??= parameter.Name == "from" ? "Earliest time, ISO 8601 with offset (inclusive)." : "Latest time, ISO 8601 with offset (exclusive).";
            }
            else if (parameter.Name is { } name && ByName.TryGetValue(name, out var known) && parameter.Schema is OpenApiSchema { Type: JsonSchemaType.String, Format: null })
            {
                var schema = known.Schema();
                if (name == "pageSize" && route.StartsWith("api/search", StringComparison.Ordinal))
                {
                    schema.Maximum = "100";
                }
                parameter.Schema = schema;
                parameter.Description ??= known.Description;
            }
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int? minimum, int? maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
