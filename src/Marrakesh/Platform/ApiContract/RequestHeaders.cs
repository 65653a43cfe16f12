namespace Marrakesh.Platform.ApiContract;

/// <summary>Endpoint metadata: the operation reads <c>If-Match</c> (required: 428 without it; a stale one: 412).</summary>
public sealed record IfMatchHeader(bool Required);

/// <summary>Endpoint metadata: the operation reads <c>Idempotency-Key</c> (required: 400 without it).</summary>
public sealed record IdempotencyKeyHeader(bool Required);

public static class RequestHeaderConventions
{
    /// <summary>The operation reads If-Match; when required, a change without it is refused with 428.</summary>
    public static RouteHandlerBuilder ReadsIfMatch(this RouteHandlerBuilder endpoint, bool required = true)
    {
        endpoint.WithMetadata(new IfMatchHeader(required)).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return required ? endpoint.ProducesProblem(StatusCodes.Status428PreconditionRequired) : endpoint;
    }

    /// <summary>The operation reads Idempotency-Key, so a retried request posts once.</summary>
    public static RouteHandlerBuilder ReadsIdempotencyKey(this RouteHandlerBuilder endpoint, bool required) =>
        endpoint.WithMetadata(new IdempotencyKeyHeader(required));
}
