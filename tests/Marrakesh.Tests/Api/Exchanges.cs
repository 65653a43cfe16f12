using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Marrakesh.Tests.Api;

/// <summary>One request to /api and its answer, as the server sent it.</summary>
public sealed record Exchange(
    string Method, string Path, string? Authorization, int Status, string? ContentType,
    IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// Records every /api exchange at the outermost point of the server's pipeline, so that each answer can be checked
/// against the document whoever sent the request (the matrix's callers, the probes, a generated client).
/// </summary>
public sealed class Exchanges : IStartupFilter
{
    private readonly ConcurrentQueue<Exchange> recorded = new();

    public IReadOnlyCollection<Exchange> All => recorded;

    public void Add(Exchange exchange) => recorded.Enqueue(exchange);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, call) =>
        {
            if (!http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/api/docs"))
            {
                await call(http);
                return;
            }
            var original = http.Response.Body;
            using var copy = new MemoryStream();
            http.Response.Body = copy;
            try
            {
                await call(http);
            }
            finally
            {
                http.Response.Body = original;
            }
            copy.Position = 0;
            var body = new StreamReader(copy).ReadToEnd();
            copy.Position = 0;
            await copy.CopyToAsync(original);
            var headers = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            recorded.Enqueue(new Exchange(http.Request.Method, http.Request.Path.Value!, http.Request.Headers.Authorization.ToString() is { Length: > 0 } token ? token : null,
                http.Response.StatusCode, http.Response.ContentType, headers, body));
        });
        next(app);
    };
}
