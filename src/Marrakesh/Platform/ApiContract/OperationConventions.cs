using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>
/// Completes each operation from what its endpoint declares: who may call it (the bearer requirement, 401), its rate
/// limit (429 with Retry-After), its body (400 for malformed JSON, 415 for another media type), the request headers it
/// reads (If-Match, Idempotency-Key), the response headers it sets (ETag, Location), a description of all that, and
/// the meaning of every status.
/// </summary>
internal sealed class OperationConventions : IOpenApiOperationTransformer
{
    public const string Bearer = "bearer";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        operation.Responses ??= [];
        var notes = new List<string>();

        var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var scheme = new OpenApiSecuritySchemeReference(Bearer, document);
        operation.Security = needsToken
            ? [new OpenApiSecurityRequirement { [scheme] = [] }]
            // Public: a token is optional; with one, the caller may see more (its own drafts, for example).
            : [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [scheme] = [] }];
        if (needsToken)
        {
            AddProblem(operation, "401", document);
            notes.Add("Needs a personal API token (`Authorization: Bearer …`); the account's role and scope decide what it may do.");
        }
        else
        {
            notes.Add("Public: no token needed (with one, the caller may also see what only it may see).");
        }

        if (operation.RequestBody is not null)
        {
            AddProblem(operation, "400", document);
            AddProblem(operation, "415", document);
        }

        foreach (var header in metadata.OfType<IfMatchHeader>().Take(1))
        {
            AddHeaderParameter(operation, "If-Match", header.Required,
                "The ETag from your last read of the record (e.g. `\"3\"`): the change applies only if no one changed it since.");
            notes.Add(header.Required
                ? "Send `If-Match` with the ETag of your last read: without it 428, with a stale one 412."
                : "May send `If-Match` with the ETag of your last read: with a stale one 412.");
        }
        foreach (var header in metadata.OfType<IdempotencyKeyHeader>().Take(1))
        {
            AddHeaderParameter(operation, "Idempotency-Key", header.Required,
                "A new UUID per posting: a retried request with the same key posts once and gets the first answer again.");
            notes.Add(header.Required
                ? "Send `Idempotency-Key` (a new UUID per posting) so that a retry posts once."
                : "May send `Idempotency-Key` (a new UUID per posting) so that a retry posts once.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            var tooMany = AddProblem(operation, "429", document);
            (tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>())["Retry-After"] =
                Responses.Header("Seconds to wait before calling again.", JsonSchemaType.Integer, "int32", required: true);
            notes.Add("Counts against the open-data rate limit (per account, or per address without a token).");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }
            if (string.IsNullOrEmpty(answer.Description) || answer.Description == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)))
            {
                answer.Description = Responses.Describe(status);
            }
            if (status == "201")
            {
                (answer.Headers ??= new Dictionary<string, IOpenApiHeader>())["Location"] =
                    Responses.Header("Where the new record can be read.", JsonSchemaType.String, "uri-reference");
            }
            if (status is "200" or "201" && Versioned(context, status))
            {
                (answer.Headers ??= new Dictionary<string, IOpenApiHeader>())["ETag"] =
                    Responses.Header("The record's version, to send back in `If-Match` when changing it.", JsonSchemaType.String);
            }
        }

        var inOrder = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in inOrder)
        {
            operation.Responses[status] = response;
        }

        if (operation.Parameters?.Any(p => p.Name == "page") == true)
        {
            notes.Add("Paged with `page` and `pageSize`; the answer's `total` counts every match.");
        }
        if (string.IsNullOrWhiteSpace(operation.Description))
        {
            operation.Description = string.Join(" ", (operation.Summary is { Length: > 0 } summary ? [summary.TrimEnd('.') + "."] : Array.Empty<string>()).Concat(notes));
        }
        return Task.CompletedTask;
    }

    private static bool Versioned(OpenApiOperationTransformerContext context, string status) =>
        context.Description.SupportedResponseTypes.Any(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status
            && r.Type is { } type && typeof(IVersionedOutput).IsAssignableFrom(type));

    private static OpenApiResponse AddProblem(OpenApiOperation operation, string status, OpenApiDocument? document)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse response)
        {
            return response;
        }
        var problem = Responses.Problem(status, document);
        operation.Responses[status] = problem;
        return problem;
    }

    private static void AddHeaderParameter(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == name && p.In == ParameterLocation.Header))
        {
            return;
        }
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = name == "Idempotency-Key" ? 200 : null },
        });
    }
}
