using System.Text.Json;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>How an operation takes its body, as the OpenAPI document says.</summary>
public enum BodyKind { None, Json, Multipart }

/// <summary>One operation of the OpenAPI document: what the fuzzer needs to build requests for it.</summary>
public sealed record ApiOperation(
    string Method, string Path, string Id, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters,
    BodyKind Body, JsonElement? BodySchema)
{
    public bool IsWrite => Method is not "GET";

    public override string ToString() => $"{Method} {Path} ({Id})";
}

/// <summary>Reads every operation from the app's own OpenAPI document, so a new route is fuzzed without anyone listing it.</summary>
public static class ApiOperations
{
    public static IReadOnlyList<ApiOperation> From(JsonElement document)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var (kind, schema) = BodyOf(operation.Value);
                operations.Add(new(
                    operation.Name.ToUpperInvariant(), path.Name, operation.Value.GetProperty("operationId").GetString()!,
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!)],
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)],
                    kind, schema));
            }
        }
        return operations;
    }

    private static (BodyKind, JsonElement?) BodyOf(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return (BodyKind.None, null);
        }
        var content = body.GetProperty("content");
        if (content.TryGetProperty("application/json", out var json))
        {
            return (BodyKind.Json, json.GetProperty("schema"));
        }
        return content.TryGetProperty("multipart/form-data", out _) ? (BodyKind.Multipart, null) : (BodyKind.None, null);
    }
}
