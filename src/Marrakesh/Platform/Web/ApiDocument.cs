using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.Web;

/// <summary>Titles the OpenAPI document and declares the bearer-token scheme.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    /// <summary>
    /// A schema's name in the document: a use case's nested <c>Input</c> is named with its use case
    /// (<c>MakePledgeInput</c>), so the many types called <c>Input</c> never share one schema.
    /// </summary>
    public static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return id is not null && type.Type.DeclaringType is { IsGenericType: false } declaring ? declaring.Name + id : id;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Marrakesh API";
        document.Info.Description =
            "Open data and tools for implementing the Global Compact for Safe, Orderly and Regular Migration. " +
            "Reads are public; writes need a personal API token sent as `Authorization: Bearer <token>`. " +
            "Lists are `{ items, total }`; errors are RFC 9457 problem+json.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token (create one on your account page or with `marrakesh tokens create`).",
        };
        return Task.CompletedTask;
    }
}
