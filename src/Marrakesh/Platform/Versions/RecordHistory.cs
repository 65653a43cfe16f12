using System.Security.Claims;
using System.Text.Json;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Versions;

/// <summary>Every change to a versioned record (commitment, pledge, review) bumps its version and stores the result, with who, when and why.</summary>
public sealed class RecordHistory(
    AppDbContext db, IAuditActor actor, TimeProvider clock, IEnumerable<IRecordChangeListener> listeners, Accounts.PublicActors publicActors)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records the change as a new version and saves; a concurrent change in between gives 412.</summary>
    /// <param name="record">The tracked record, already changed.</param>
    /// <param name="kind">commitment, pledge or review.</param>
    /// <param name="snapshot">The record's API shape, taken after the version bump.</param>
    /// <param name="change">What happened.</param>
    /// <param name="reason">Why, where a reason is required.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task SaveAsync(IVersionedRecord record, string kind, Func<object> snapshot, string change, string? reason, CancellationToken cancellationToken)
    {
        if (db.Entry(record).State != EntityState.Added)
        {
            // The UPDATE applies only if nobody else bumped the version meanwhile (Version is the concurrency token).
            db.Entry(record).Property(nameof(IVersionedRecord.Version)).OriginalValue = record.Version;
            record.Version++;
        }
        record.UpdatedAt = Now;
        db.Set<RecordVersion>().Add(new RecordVersion
        {
            Kind = kind,
            RecordId = record.Id,
            Version = record.Version,
            At = record.UpdatedAt,
            Actor = actor.Name,
            Change = change,
            Reason = reason,
            Snapshot = JsonSerializer.Serialize(snapshot(), JsonSerializerOptions.Web),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException($"Someone changed this {kind} at the same moment; read it again and reapply your change.");
        }
        foreach (var listener in listeners)
        {
            await listener.RecordChangedAsync(kind, record.Id, cancellationToken);
        }
    }

    /// <summary>A record's versions, each naming its author as <paramref name="viewer"/> may see it (<see cref="Accounts.PublicActors"/>).</summary>
    public async Task<List<VersionOutput>> VersionsAsync(string kind, Guid id, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var versions = await db.Set<RecordVersion>().AsNoTracking().Where(v => v.Kind == kind && v.RecordId == id)
            .OrderBy(v => v.Version).ToListAsync(cancellationToken);
        var name = await publicActors.NamerAsync(viewer, versions.Select(v => v.Actor), cancellationToken);
        return [.. versions.Select(v => new VersionOutput(v.Version, v.At, name(v.Actor), v.Change, v.Reason, JsonDocument.Parse(v.Snapshot).RootElement))];
    }
}

/// <summary>One version in a record's history.</summary>
/// <param name="Version">Version number.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: the account's role and its State or organisation (the secretariat sees the account itself).</param>
/// <param name="Change">created, updated, published, amended or progress.</param>
/// <param name="Reason">Why, for amendments.</param>
/// <param name="Record">The record as it stood after the change.</param>
public sealed record VersionOutput(int Version, DateTime At, string Actor, string Change, string? Reason, JsonElement Record);
