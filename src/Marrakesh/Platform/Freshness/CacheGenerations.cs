using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Data.Common;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// The one way every cache learns that the data behind it changed, in this process or any other on the same database
/// (ADR 0017). A write that touches a topic's entities moves the topic's row in <c>platform_cache_generations</c> on, in
/// its own transaction; this process learns the new generation when the transaction commits, other servers from
/// <see cref="FreshnessListener"/>. Caches compare <see cref="Current"/> with the generation they loaded at (read before
/// loading, so a change that commits meanwhile makes the next read load again); reading it costs no round trip.
/// </summary>
public sealed class CacheGenerations(IEnumerable<CachedEntities> registrations, TimeProvider clock)
{
    /// <summary>The PostgreSQL notification channel on which writers announce a moved generation.</summary>
    public const string Channel = "marrakesh_cache";

    private readonly FrozenDictionary<Type, string[]> topicsByType = registrations
        .SelectMany(r => r.Types.Select(t => (Type: t, r.Topic)))
        .GroupBy(x => x.Type)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Topic).Distinct(StringComparer.Ordinal).ToArray());

    private readonly ConcurrentDictionary<string, long> known = new(StringComparer.Ordinal);

    /// <summary>Raised once a topic's generation has moved on, with the topic (after the change is committed).</summary>
    public event Action<string>? Changed;

    /// <summary>The latest generation of <paramref name="topic"/> this process knows of; 0 before any.</summary>
    public long Current(string topic) => known.GetValueOrDefault(topic);

    /// <summary>The topics whose caches the pending changes of <paramref name="tracker"/> make stale.</summary>
    public IReadOnlyCollection<string> TopicsOf(ChangeTracker tracker)
    {
        if (topicsByType.Count == 0)
        {
            return [];
        }
        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && topicsByType.TryGetValue(entry.Metadata.ClrType, out var of))
            {
                topics.UnionWith(of);
            }
        }
        return topics;
    }

    /// <summary>
    /// Moves <paramref name="topic"/>'s generation on inside <paramref name="db"/>'s current transaction, for writes that
    /// bypass the change tracker (bulk deletes). Every server learns of it once the transaction commits.
    /// </summary>
    public async Task BumpAsync(AppDbContext db, string topic, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A cache generation moves on only inside the write's transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // An upsert, so a topic needs no row before its first change. The row stays locked until commit: writers of one
        // topic commit one after another, which is why only the entities a cache holds are registered.
        command.CommandText = $"""
            INSERT INTO {CacheGenerationConfiguration.Table} ("Topic", "Generation", "ChangedAt") VALUES (@topic, 1, @at)
            ON CONFLICT ("Topic") DO UPDATE SET "Generation" = {CacheGenerationConfiguration.Table}."Generation" + 1, "ChangedAt" = excluded."ChangedAt"
            RETURNING "Generation"
            """;
        command.Add("topic", topic);
        command.Add("at", clock.GetUtcNow().UtcDateTime);
        var generation = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (db.Database.IsNpgsql())
        {
            // Delivered by PostgreSQL when (and only if) the transaction commits.
            command.Parameters.Clear();
            command.CommandText = "SELECT pg_notify(@channel, @topic)";
            command.Add("channel", Channel);
            command.Add("topic", topic);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        db.GenerationsToPublish.Add((topic, generation));
    }

    /// <summary>Reads every topic's generation through <paramref name="connection"/> and takes any that moved on.</summary>
    public async Task ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Topic", "Generation" FROM {CacheGenerationConfiguration.Table}""";
        var seen = new List<(string, long)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                seen.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        foreach (var (topic, generation) in seen)
        {
            Observe(topic, generation);
        }
    }

    /// <summary>Takes a generation that is committed; an older one than this process knows changes nothing.</summary>
    public void Observe(string topic, long generation)
    {
        while (true)
        {
            if (known.TryGetValue(topic, out var held))
            {
                if (generation <= held)
                {
                    return;
                }
                if (known.TryUpdate(topic, generation, held))
                {
                    break;
                }
            }
            else if (known.TryAdd(topic, generation))
            {
                break;
            }
        }
        Changed?.Invoke(topic);
    }
}
