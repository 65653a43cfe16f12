namespace Marrakesh.Tests.Infrastructure;

/// <summary>Reads the cookies an answer sets, with their attributes, as a browser would receive them.</summary>
public static class SetCookies
{
    /// <summary>The whole Set-Cookie line of the cookie whose name starts with <paramref name="name"/>.</summary>
    public static string Named(HttpResponseMessage response, string name) =>
        (response.Headers.TryGetValues("Set-Cookie", out var lines) ? lines : [])
            .FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No cookie {name} set by {response.RequestMessage?.RequestUri}");

    /// <summary>The name=value part, to send back in a Cookie header.</summary>
    public static string Pair(string setCookie) => setCookie.Split(';')[0];
}
