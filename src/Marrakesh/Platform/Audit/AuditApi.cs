using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Audit;

/// <summary>One write in the audit trail.</summary>
/// <param name="Id">Sequence number.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who: an account email, cli:&lt;user&gt; or system.</param>
/// <param name="Channel">api, page, cli or system.</param>
/// <param name="Entity">Entity type, e.g. ApiToken, State.</param>
/// <param name="EntityId">The entity's key.</param>
/// <param name="Action">created, updated or deleted.</param>
/// <param name="Before">Values before (JSON object), for updates and deletes.</param>
/// <param name="After">Values after (JSON object), for creations and updates.</param>
public sealed record AuditEntryOutput(
    long Id, DateTime At, string Actor, string Channel, string Entity, string EntityId, string Action, string? Before, string? After);

internal static class AuditApi
{
    public const int MaxPage = 500;

    private static readonly string[] IsoFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Audit").RequireAuthorization(Policies.AuditReader)
            .WithName("ListAuditEntries").WithSummary("The audit trail, newest first (admins and secretariat)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <param name="entity">Entity type, e.g. ApiToken.</param>
    /// <param name="entityId">Entity key.</param>
    /// <param name="actor">Actor email or name.</param>
    /// <param name="from">Earliest time, ISO 8601 (inclusive).</param>
    /// <param name="to">Latest time, ISO 8601 (exclusive).</param>
    /// <param name="limit">At most this many entries, 1 to 500 (default 100); total still counts every match.</param>
    /// <param name="db">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<AuditEntryOutput>>> List(
        string? entity, string? entityId, string? actor, string? from, string? to, string? limit, AppDbContext db, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(e => e.Entity == entity);
        }
        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }
        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }
        if (ParseTime(from, "from") is { } start)
        {
            query = query.Where(e => e.At >= start);
        }
        if (ParseTime(to, "to") is { } end)
        {
            query = query.Where(e => e.At < end);
        }
        var take = ParseLimit(limit);
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Id).Take(take)
            .Select(e => new AuditEntryOutput(e.Id, e.At, e.Actor, e.Channel, e.Entity, e.EntityId, e.Action, e.Before, e.After))
            .ToListAsync(ct);
        // total counts every match, so a caller can tell when limit cut the list short.
        return TypedResults.Ok(new ListOutput<AuditEntryOutput>(entries, total));
    }

    private static DateTime? ParseTime(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : throw new InvalidInputException(field, $"'{value}' is not a date or time; use ISO 8601, e.g. 2026-05-01 or 2026-05-01T12:00:00Z.");
    }

    private static int ParseLimit(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 100;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPage
            ? n
            : throw new InvalidInputException("limit", $"'{value}' is not a limit; use a whole number from 1 to {MaxPage}.");
    }
}
