using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// Captures what a SaveChanges call is about to write so that <see cref="Data.AppDbContext"/> can
/// record it. Values are captured before the save (originals are gone afterwards) and keys after it
/// (generated keys only exist then).
/// </summary>
internal static class AuditTrail
{
    /// <summary>Secrets never enter the trail; that they changed does.</summary>
    private static readonly HashSet<string> Redacted = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Hash"];

    public static List<PendingAudit> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or AuditLink)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail and its chain are append-only.");
                }
                continue;
            }
            if (entry.Entity is INotAudited)
            {
                continue;
            }
            var captured = entry.State switch
            {
                EntityState.Added => new PendingAudit(entry, "created", null, null),
                EntityState.Modified => Modified(entry),
                EntityState.Deleted => new PendingAudit(entry, "deleted", Serialize(entry, useOriginal: true, onlyModified: false), null),
                _ => null,
            };
            if (captured is not null)
            {
                pending.Add(captured);
            }
        }
        return pending;
    }

    private static PendingAudit? Modified(EntityEntry entry)
    {
        if (!Properties(entry).Any(p => Changed(p.Entry)))
        {
            return null;
        }
        return new PendingAudit(entry, "updated",
            Serialize(entry, useOriginal: true, onlyModified: true),
            Serialize(entry, useOriginal: false, onlyModified: true));
    }

    internal static string Serialize(EntityEntry entry, bool useOriginal, bool onlyModified)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, property) in Properties(entry))
        {
            if (onlyModified && !Changed(property))
            {
                continue;
            }
            var value = useOriginal ? property.OriginalValue : property.CurrentValue;
            values[name] = Redacted.Contains(property.Metadata.Name) && value is not null ? "[redacted]" : value;
        }
        return JsonSerializer.Serialize(values);
    }

    private static bool Changed(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)
        && !(property.OriginalValue is System.Collections.IEnumerable a && property.CurrentValue is System.Collections.IEnumerable b
             && a is not string && a.Cast<object>().SequenceEqual(b.Cast<object>()));

    private static IEnumerable<(string Name, PropertyEntry Entry)> Properties(EntityEntry entry) =>
        entry.Properties.Select(p => (p.Metadata.Name, p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => ($"{c.Metadata.Name}.{p.Metadata.Name}", p))));
}

internal sealed class PendingAudit(EntityEntry entry, string action, string? before, string? after)
{
    private readonly string entity = entry.Metadata.ClrType.Name.Split('`')[0];
    private readonly string? keyBeforeSave = action == "deleted" ? Key(entry) : null;

    public AuditEntry Complete(IAuditActor actor, DateTime at) => new()
    {
        At = at,
        Actor = actor.Name,
        Channel = actor.Channel,
        Entity = entity,
        EntityId = keyBeforeSave ?? Key(entry),
        Action = action,
        Before = before,
        After = action == "created" ? AuditTrail.Serialize(entry, useOriginal: false, onlyModified: false) : after,
    };

    private static string Key(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
