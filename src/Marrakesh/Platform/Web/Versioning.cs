using System.Globalization;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Errors;
using Microsoft.Net.Http.Headers;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Optimistic concurrency over HTTP: a resource's version is its ETag (<c>"3"</c>); updates send it back
/// in If-Match, and a stale or missing one is refused before anything is written.
/// </summary>
public static class Versioning
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>A 200 answer that carries the resource's version as its ETag.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> OkWithETag<T>(HttpResponse response, T value, int version)
    {
        response.Headers.ETag = ETagOf(version);
        return TypedResults.Ok(value);
    }

    /// <summary>The same, for an answer that carries its own version.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> OkWithETag<T>(HttpResponse response, T value) where T : IVersionedOutput =>
        OkWithETag(response, value, value.Version);

    /// <summary>What a change to a versioned record may meet: no such record, a stale or missing If-Match, a broken rule.</summary>
    public static RouteHandlerBuilder ProducesVersionProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ReadsIfMatch(required: true);

    /// <summary>The version the caller last read, from If-Match.</summary>
    public static int ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException("Send If-Match with the ETag from your last read, so that no one else's change is overwritten.");
        }
        // "*" (any version) and weak tags say nothing about which version the caller read, so they cannot guard a change.
        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak && tag.Tag.Length > 2
            && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }
        throw new InvalidInputException("If-Match", $"'{header}' is not an ETag this API issued; use the ETag header from your last read, e.g. \"3\".");
    }

    /// <summary>Refuses the write when someone changed the resource since the caller read it.</summary>
    public static void Check(int expected, int current)
    {
        if (expected != current)
        {
            throw new PreconditionFailedException($"This was changed since you read it (your version {expected}, now {current}); read it again and reapply your change.");
        }
    }
}

/// <summary>An answer about a versioned record, whose version becomes its ETag.</summary>
public interface IVersionedOutput
{
    int Version { get; }
}
