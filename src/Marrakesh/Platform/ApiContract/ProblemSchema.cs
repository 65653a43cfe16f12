using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// The RFC 9457 problem every error answers with, as this API writes it: with <c>traceId</c> always, and
/// <c>errors</c> (field → reasons) whenever a field is at fault, so a client can show each message by its field.
/// </summary>
internal sealed class ProblemSchema : IOpenApiDocumentTransformer
{
    public const string Name = "ProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An error, as RFC 9457 problem details.",
            Required = new HashSet<string> { "title", "status", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI naming the kind of problem.", nullable: true),
                ["title"] = Text("A short, human-readable summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status.", Minimum = "400", Maximum = "599" },
                ["detail"] = Text("What went wrong in this case, and what to do about it.", nullable: true),
                ["instance"] = Text("The request that failed.", nullable: true),
                ["traceId"] = Text("Quote it when reporting a problem: it finds the request in the server's logs."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For each field at fault (named as in the request's JSON, e.g. `sections[0].narrative`, or a header such as `If-Match`), why.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Examples = [JsonNode.Parse("""
                {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Invalid input","status":400,
                 "detail":"One or more fields are invalid.","traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
                 "errors":{"narrative":["Between 300 and 3000 characters (this has 12)."]}}
                """)!],
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description, bool nullable = false) =>
        new() { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String, Description = description };
}
