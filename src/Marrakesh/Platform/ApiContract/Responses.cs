using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>What each status means in this API, said once for every operation that can answer it.</summary>
internal static class Responses
{
    public const string ProblemJson = "application/problem+json";

    public static readonly IReadOnlyDictionary<string, string> Meaning = new Dictionary<string, string>
    {
        ["200"] = "OK.",
        ["201"] = "Created; `Location` names the new record where it has an address of its own.",
        ["204"] = "Done; nothing to return.",
        ["304"] = "Not modified since the ETag you sent.",
        ["400"] = "The request is malformed or a value is invalid: `errors` names each bad field and why; nothing was written.",
        ["401"] = "No valid personal API token (missing, unknown, revoked or expired).",
        ["403"] = "The token's account may not do this (its role, State or organisation does not allow it).",
        ["404"] = "No such record, or not one this caller may see.",
        ["409"] = "The request conflicts with the record's state (for example it already exists, or has moved on).",
        ["412"] = "The record changed since the ETag sent in `If-Match`: read it again and reapply your change.",
        ["413"] = "The upload is too large.",
        ["415"] = "The body's media type is not one this operation reads.",
        ["422"] = "The request is well formed but breaks a rule of the record (`errors` names the field when one is at fault).",
        ["428"] = "`If-Match` is required: send the ETag from your last read so that no one else's change is overwritten.",
        ["429"] = "Over the rate limit: wait `Retry-After` seconds.",
    };

    public static string Describe(string status) => Meaning.GetValueOrDefault(status, "Answer.");

    public static OpenApiResponse Problem(string status, OpenApiDocument? document) => new()
    {
        Description = Describe(status),
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema.Name, document) },
        },
    };

    public static OpenApiHeader Header(string description, JsonSchemaType type, string? format = null, bool required = false) => new()
    {
        Description = description,
        Required = required,
        Schema = new OpenApiSchema { Type = type, Format = format },
    };
}
