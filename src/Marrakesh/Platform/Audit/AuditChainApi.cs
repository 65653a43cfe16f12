using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Audit;

/// <summary>The head of the audit chain. Anyone may keep copies and compare them later: the chain only grows.</summary>
/// <param name="Count">Entries sealed into the chain; also the head link's position.</param>
/// <param name="Hash">The head link's SHA-256, lowercase hex (64 zeros while the chain is empty).</param>
/// <param name="SealedAt">When the head link was sealed (UTC).</param>
public sealed record AuditHeadOutput(long Count, string Hash, DateTime? SealedAt);

/// <summary>One link of the audit chain, to compare with a head copied earlier.</summary>
/// <param name="Position">Its place in the chain, from 1.</param>
/// <param name="Hash">SHA-256 of the previous hash and the sealed entry, lowercase hex.</param>
/// <param name="PreviousHash">The hash of the link before it (64 zeros for the first).</param>
/// <param name="SealedAt">When it was sealed (UTC).</param>
public sealed record AuditLinkOutput(long Position, string Hash, string PreviousHash, DateTime SealedAt);

internal static class AuditChainApi
{
    /// <summary>Hashes only, no entry: the chain is public, the trail is not.</summary>
    public static void MapAuditChainApi(this RouteGroupBuilder api)
    {
        var chain = api.MapGroup("/audit").WithTags("Audit").RequireRateLimiting(OpenDataLimits.Policy);
        chain.MapGet("/head", Head).WithName("GetAuditHead")
            .WithSummary("The audit chain's head (count and hash), after sealing new entries; its ETag is the hash; for everyone")
            .Produces(StatusCodes.Status304NotModified);
        chain.MapGet("/chain/{position:long}", Link).WithName("GetAuditLink")
            .WithSummary("One link of the audit chain, to compare with a head kept earlier; for everyone")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<AuditHeadOutput>, StatusCodeHttpResult>> Head(
        HttpContext http, AuditSealer sealer, AppDbContext db, CancellationToken ct)
    {
        // A backlog (the first seal of a long trail) is the sealing service's work; a reader waits for a few batches at most.
        await sealer.SealAsync(atMost: 5_000, ct);
        var head = await db.AuditLinks.AsNoTracking().OrderByDescending(l => l.Position).FirstOrDefaultAsync(ct);
        var output = head is null
            ? new AuditHeadOutput(0, AuditChainHash.Genesis, null)
            : new AuditHeadOutput(head.Position, head.Hash, Utc(head.SealedAt));
        var etag = $"\"{output.Hash}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Tag.Value == etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(output);
    }

    private static async Task<Ok<AuditLinkOutput>> Link(long position, AppDbContext db, CancellationToken ct)
    {
        var link = await db.AuditLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Position == position, ct)
            ?? throw new NotFoundException($"The audit chain has no link at position {position}.");
        return TypedResults.Ok(new AuditLinkOutput(link.Position, link.Hash, link.PreviousHash, Utc(link.SealedAt)));
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
