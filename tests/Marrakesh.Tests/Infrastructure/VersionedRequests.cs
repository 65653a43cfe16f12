using System.Net.Http.Json;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>Requests that carry If-Match, as updates must.</summary>
public static class VersionedRequests
{
    public static Task<HttpResponseMessage> PatchAsync(this HttpClient client, string url, object body, string? etag) =>
        client.SendAsync(With(new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) }, etag));

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, string? etag) =>
        client.SendAsync(With(new HttpRequestMessage(HttpMethod.Post, url), etag));

    public static Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? etag) =>
        client.SendAsync(With(new HttpRequestMessage(HttpMethod.Delete, url), etag));

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException("The response has no ETag.");

    private static HttpRequestMessage With(HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return request;
    }
}
