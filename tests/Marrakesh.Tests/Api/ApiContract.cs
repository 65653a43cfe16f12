using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Marrakesh.Tests.Api;

/// <summary>An operation of the document: its method, path template and the statuses it documents.</summary>
public sealed record ContractOperation(string Method, string Path, string OperationId, JsonElement Definition)
{
    public string Key => $"{Method} {Path}";

    public IEnumerable<string> Statuses => Definition.GetProperty("responses").EnumerateObject().Select(r => r.Name);

    public bool Documents(string status) => Definition.GetProperty("responses").TryGetProperty(status, out _);

    public bool NeedsToken => Definition.TryGetProperty("security", out var security) && security.EnumerateArray().All(r => r.EnumerateObject().Any());

    public bool HasJsonBody => Definition.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out _);

    public IEnumerable<JsonElement> Parameters(string where) =>
        Definition.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == where) : [];
}

/// <summary>
/// The OpenAPI document read as a contract: finds the operation an exchange belongs to and lists every way its
/// answer departs from what the document says (status, content type, body schema, required headers).
/// </summary>
public sealed class ApiContract
{
    private readonly Dictionary<string, JsonSchema> schemas = [];
    private readonly string definitions;
    private readonly List<(ContractOperation Operation, Regex Pattern, int Literal)> routes;

    public ApiContract(JsonElement document)
    {
        Document = document;
        definitions = document.GetProperty("components").GetProperty("schemas").GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        Operations = [.. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => new ContractOperation(o.Name.ToUpperInvariant(), path.Name, o.Value.GetProperty("operationId").GetString()!, o.Value)))];
        routes = [.. Operations.Select(o => (o, new Regex("^" + Regex.Replace(Regex.Escape(o.Path), @"\\\{[^/]+?\}", "[^/]+") + "$"),
            Regex.Replace(o.Path, @"\{[^/]+?\}", "").Length))];
    }

    public JsonElement Document { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The operation a request is for: the matching template with the most literal characters.</summary>
    public ContractOperation? Find(string method, string path) =>
        routes.Where(r => r.Operation.Method == method && r.Pattern.IsMatch(path)).OrderByDescending(r => r.Literal).Select(r => r.Operation).FirstOrDefault();

    /// <summary>What is wrong with an answer, by the document; empty when it keeps the contract.</summary>
    public IReadOnlyList<string> Check(Exchange exchange)
    {
        var operation = Find(exchange.Method, exchange.Path);
        if (operation is null)
        {
            return [];
        }
        var where = $"{exchange.Method} {exchange.Path} → {exchange.Status}";
        var status = exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Definition.GetProperty("responses").TryGetProperty(status, out var response))
        {
            return [$"{where}: status not documented for {operation.OperationId} ({Excerpt(exchange.Body)})"];
        }
        var problems = new List<string>();
        if (response.TryGetProperty("headers", out var headers))
        {
            foreach (var header in headers.EnumerateObject())
            {
                if (header.Value.TryGetProperty("required", out var required) && required.GetBoolean() && !exchange.Headers.ContainsKey(header.Name))
                {
                    problems.Add($"{where}: required header {header.Name} missing");
                }
            }
        }
        if (!response.TryGetProperty("content", out var content))
        {
            if (exchange.Body.Length > 0)
            {
                problems.Add($"{where}: a body where the document promises none");
            }
            return problems;
        }
        var mediaType = exchange.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !content.TryGetProperty(mediaType, out var media))
        {
            problems.Add($"{where}: content type {exchange.ContentType ?? "(none)"} not among {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
            return problems;
        }
        if ((mediaType.EndsWith("json", StringComparison.Ordinal)) && media.TryGetProperty("schema", out var schema))
        {
            JsonElement body;
            try
            {
                body = JsonDocument.Parse(exchange.Body).RootElement;
            }
            catch (JsonException e)
            {
                problems.Add($"{where}: not JSON: {e.Message}");
                return problems;
            }
            var results = SchemaOf(schema).Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (!results.IsValid)
            {
                var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Distinct().Take(5);
                problems.Add($"{where}: body does not match the schema: {string.Join("; ", errors)} ({Excerpt(exchange.Body)})");
            }
        }
        return problems;
    }

    private JsonSchema SchemaOf(JsonElement schema)
    {
        var text = schema.GetRawText().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        if (!schemas.TryGetValue(text, out var compiled))
        {
            var wrapped = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{definitions}},"allOf":[{{text}}]}""";
            compiled = JsonSchema.FromText(wrapped, baseUri: new Uri($"https://contract.test/{Guid.NewGuid():N}"));
            schemas[text] = compiled;
        }
        return compiled;
    }

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
