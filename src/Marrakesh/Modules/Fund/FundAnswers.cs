using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>How the fund's endpoints read an Idempotency-Key and answer with a <see cref="Written{T}"/>.</summary>
internal static class FundAnswers
{
    /// <summary>The request's key. Money movements require one: without it, a client's retry could post twice.</summary>
    public static string? KeyOf(HttpRequest request, bool required) =>
        request.Headers.TryGetValue(IdempotentWrites.Header, out var values) ? IdempotentWrites.ValidKey(values.ToString())
        : required ? throw new Platform.Errors.InvalidInputException(IdempotentWrites.Header,
            "Send an Idempotency-Key header (a new UUID per posting) so that a retried request posts once.")
        : null;

    public static Created<T> Created<T>(HttpResponse response, Written<T> written, string? location) =>
        TypedResults.Created(location, Marked(response, written));

    public static Ok<T> Ok<T>(HttpResponse response, Written<T> written) => TypedResults.Ok(Marked(response, written));

    private static T Marked<T>(HttpResponse response, Written<T> written)
    {
        if (written.Replayed)
        {
            response.Headers[IdempotentWrites.ReplayedHeader] = "true";
        }
        return written.Output;
    }
}
