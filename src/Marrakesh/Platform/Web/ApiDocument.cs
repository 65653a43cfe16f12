using Marrakesh.Platform.ApiContract;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.Web;

/// <summary>Titles the OpenAPI document, declares the bearer-token scheme and says what holds for every operation.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Marrakesh API";
        document.Info.Description =
            "Open data and tools for implementing the Global Compact for Safe, Orderly and Regular Migration. " +
            "Reads are public; writes need a personal API token sent as `Authorization: Bearer <token>`. " +
            "Lists are `{ items, total }`; errors are RFC 9457 problem+json with a `traceId`, and `errors` naming each field at fault. " +
            "Timestamps are UTC with their offset (`Z`); money is a decimal number with at most two decimals. " +
            "A method a path does not have is answered with 405 and an `Allow` header, whatever the operation. " +
            "This document is the contract: a test calls every operation and checks each answer against it.";
        // Relative, so the document is true on every host it is served from.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The server that serves this document." }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OperationConventions.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token (create one on your account page, with `POST /api/tokens` or with `marrakesh tokens create`).",
        };
        return Task.CompletedTask;
    }
}
