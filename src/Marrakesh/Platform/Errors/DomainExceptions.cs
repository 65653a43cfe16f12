namespace Marrakesh.Platform.Errors;

/// <summary>The requested thing does not exist (404).</summary>
public sealed class NotFoundException(string detail) : Exception(detail);

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenException(string detail) : Exception(detail);

/// <summary>The request is well-formed but breaks a business rule (422); <see cref="Field"/> names the field at fault, where one is.</summary>
public sealed class DomainRuleException(string detail, string? field = null) : Exception(detail)
{
    public string? Field { get; } = field;
}

/// <summary>The request clashes with the current state of a resource (409).</summary>
public sealed class ConflictException(string detail) : Exception(detail);

/// <summary>The caller's copy is stale: the If-Match ETag is not the current version (412).</summary>
public sealed class PreconditionFailedException(string detail) : Exception(detail);

/// <summary>An update came without If-Match, so it could silently overwrite someone else's change (428).</summary>
public sealed class PreconditionRequiredException(string detail) : Exception(detail);

/// <summary>
/// Input that breaks declared rules (400). <see cref="Errors"/> names every field at fault, as the API spells it
/// (<c>narrative</c>, <c>budget.currency</c>), with the reasons.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string field, string reason) : this(new Dictionary<string, string[]> { [field] = [reason] })
    {
    }

    public InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Every reason, without the field names (for a form that shows them beside one field).</summary>
    public string Reasons => string.Join(" ", Errors.Values.SelectMany(r => r));
}

/// <summary>
/// Input over one of the platform's limits: 413 when the limit is a size (bytes, a compression ratio), 422 when it is
/// something the content holds (cells, columns, sheets). <see cref="Limit"/> names the limit and <see cref="Maximum"/>
/// its value, so a caller can tell which one to stay under.
/// </summary>
public sealed class LimitExceededException(string limit, long maximum, bool isSize, string detail) : Exception(detail)
{
    public string Limit { get; } = limit;
    public long Maximum { get; } = maximum;
    public bool IsSize { get; } = isSize;
    public int StatusCode => IsSize ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;

    /// <summary>Where to get what was asked for without the limit (a bulk file), when there is such a place.</summary>
    public string? Download { get; init; }
}
