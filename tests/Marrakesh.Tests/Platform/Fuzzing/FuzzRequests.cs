using System.Text.Json;
using CsCheck;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>Generates requests for every operation of the API: each operation equally often, each part of the request bent.</summary>
public static class FuzzRequests
{
    public const string CurrentETag = "@etag";
    public const string FreshKey = "@newkey";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Sensible values for the query parameters the API declares, so that the weird ones are not the only ones tried.</summary>
    private static readonly Dictionary<string, string[]> QuerySamples = new()
    {
        ["page"] = ["1", "2"], ["pageSize"] = ["1", "20", "100"], ["objective"] = ["5"], ["state"] = ["MAR"], ["year"] = ["2025", "2020"],
        ["status"] = ["open", "submitted", "published", "approved"], ["kind"] = ["migrants", "remittances", "imrf", "regional"],
        ["sort"] = ["iso3", "name"], ["limit"] = ["10"], ["from"] = ["2000", "2025-01-01"], ["to"] = ["2024", "2026-01-01"], ["q"] = ["migration", "\"legal aid\"", "migra*"],
        ["type"] = ["practice", "pledge"], ["region"] = ["Africa"], ["language"] = ["fr"], ["destination"] = ["MAR"], ["origin"] = ["DEU"],
        ["sex"] = ["both", "female"], ["measure"] = ["stock"], ["aggregates"] = ["true"], ["top"] = ["5"], ["entity"] = ["Pledge"],
        ["subRegion"] = ["Northern Africa"], ["grouping"] = ["LDC"], ["actorType"] = ["state"], ["contributorType"] = ["member-state"],
        ["providerType"] = ["un-network-member"], ["modality"] = ["advice"], ["provider"] = ["ILO"], ["principle"] = ["whole-of-society"],
        ["country"] = ["MAR"], ["organisationType"] = ["un-entity"], ["revision"] = ["Rev.2020"],
    };

    public static Gen<FuzzRequest> For(IReadOnlyList<ApiOperation> operations, JsonElement components) =>
        Gen.OneOf([.. operations.Select(o => For(o, components))]);

    private static Gen<FuzzRequest> For(ApiOperation operation, JsonElement components) =>
        from method in Gen.Frequency((95, Gen.Const(operation.Method)), (5, Gen.OneOf(Methods)))
        from pathValues in Gen.Frequency((85, Gen.Const((string?)null)), (15, MalformedValues.PathSegment.Select(v => (string?)v)))
            .Array[operation.PathParameters.Count]
        from pick in Gen.Int[0, 9]
        from query in Query(operation)
        from headers in Headers(operation.IsWrite)
        from body in Body(operation, components)
        from caller in Gen.Frequency((94, Caller.Admin), (3, Caller.Anonymous), (3, Caller.BrokenToken))
        select new FuzzRequest(operation, method, pathValues, pick, query, headers, body, caller);

    private static Gen<FuzzBody?> Body(ApiOperation operation, JsonElement components) => operation.Body switch
    {
        BodyKind.Json => MalformedBodies.ForJson(ValidishBodies.For(operation.BodySchema!.Value, components)).Select(b => (FuzzBody?)b),
        BodyKind.Multipart => MalformedBodies.ForMultipart().Select(b => (FuzzBody?)b),
        _ => MalformedBodies.ForNone(operation.IsWrite),
    };

    /// <summary>Each declared parameter left out, sensible or hostile; sometimes repeated, sometimes joined by one nobody declared.</summary>
    private static Gen<string> Query(ApiOperation operation)
    {
        var parameters = operation.QueryParameters.Select(name => Gen.Frequency(
            (55, Gen.Const("")),
            (30, Gen.OneOf(QuerySamples.GetValueOrDefault(name, ["1"])).Select(v => $"&{name}={Uri.EscapeDataString(v)}")),
            (15, Gen.Select(MalformedValues.QueryValue, Gen.Int[1, 3], (v, times) => string.Concat(Enumerable.Repeat($"&{name}={v}", times))))));
        var unknown = Gen.Frequency((90, Gen.Const("")), (10, MalformedValues.QueryValue.Select(v => $"&{v}={v}")));
        return parameters.Append(unknown).Aggregate(Gen.Const(""), (all, next) => Gen.Select(all, next, (a, n) => a + n))
            .Select(q => q.Length == 0 ? "" : "?" + q[1..]);
    }

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers(bool isWrite)
    {
        Gen<KeyValuePair<string, string>?> Header(string name, params (int Weight, Gen<string?> Value)[] choices) =>
            Gen.Frequency([.. choices.Select(c => (c.Weight, (IGen<string?>)c.Value))])
                .Select(v => v is null ? (KeyValuePair<string, string>?)null : new KeyValuePair<string, string>(name, v));
        var none = Gen.Const((string?)null);
        var weird = MalformedValues.HeaderValue.Select(v => (string?)v);
        var headers = new[]
        {
            isWrite ? Header("If-Match", (70, Gen.Const<string?>(CurrentETag)), (10, none), (20, weird)) : Header("If-Match", (95, none), (5, weird)),
            isWrite
                ? Header("Idempotency-Key", (60, Gen.Const<string?>(FreshKey)), (15, none), (20, weird), (5, Gen.Const<string?>("fuzz-reused-key")))
                : Header("Idempotency-Key", (98, none), (2, weird)),
            Header("Accept", (80, none), (20, Gen.OneOf<string?>("text/html", "application/xml", "*/*", "application/problem+json", "text/csv",
                "garbage/;;;", "application/json;q=0", "image/png", "application/json;q=abc"))),
            Header("Accept-Language", (85, none), (15, Gen.OneOf<string?>("ar", "zh-Hans", "xx-YY", "*", "en;q=abc", "i-klingon",
                "de-DE-x-private-subtag", new string('a', 300), "fr-FR;q=2, es;q=-1", ";,;"))),
        };
        return headers.Aggregate(Gen.Const<IReadOnlyList<KeyValuePair<string, string>>>([]),
            (all, next) => Gen.Select(all, next, (a, h) => h is { } header ? (IReadOnlyList<KeyValuePair<string, string>>)[.. a, header] : a));
    }
}
