using System.Security.Cryptography;
using System.Text.Json;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marrakesh.Modules.Fund;

/// <summary>A fund write's answer, and whether it is the stored answer to an earlier request under the same key.</summary>
public sealed record Written<T>(T Output, bool Replayed);

/// <summary>
/// Runs a fund use case in one database transaction and, when the caller gives an <c>Idempotency-Key</c>, records its
/// answer under that key in the same transaction. A retry with the same key gets the first answer back and posts
/// nothing; two identical requests racing each other post once, because the key is claimed first and the database
/// lets only one claim commit. Inside a transaction the caller already holds (a hub request proposing a programme),
/// the work joins it, and that caller commits.
/// </summary>
public sealed class IdempotentWrites(AppDbContext db, TimeProvider clock, IOptions<JsonOptions> json, IAuditActor actor)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int KeyMax = 200;

    /// <param name="key">The caller's key for this request, or null (then a retry writes again).</param>
    /// <param name="request">What was asked, hashed to tell a retry from a different request under the same key.</param>
    /// <param name="work">The use case's writes; its output is the answer stored under the key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<Written<T>> RunAsync<T>(string? key, object request, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return new(await work(cancellationToken), Replayed: false);
        }
        var hash = Hash(request);
        if (key is not null && await FindAsync(key, cancellationToken) is { } earlier)
        {
            return Replay<T>(earlier, hash);
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            IdempotencyRecord? record = null;
            if (key is not null)
            {
                record = new IdempotencyRecord { Caller = actor.Name, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }
            var output = await work(cancellationToken);
            if (record is not null)
            {
                record.Body = JsonSerializer.Serialize(output, json.Value.SerializerOptions);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(output, Replayed: false);
        }
        catch (DbUpdateException exception) when (key is not null && DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another request with this key committed first: answer as it did.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(key, cancellationToken);
            return winner is null ? throw new ConflictException("This request clashed with another; try again.") : Replay<T>(winner, hash);
        }
    }

    /// <summary>A usable key, or an input error: a present key must be 1 to <see cref="KeyMax"/> characters.</summary>
    public static string ValidKey(string? value)
    {
        var key = value?.Trim() ?? "";
        return key.Length is > 0 and <= KeyMax
            ? key
            : throw new InvalidInputException(Header, $"Give a key of 1 to {KeyMax} characters, unique to this request (a UUID is a good choice).");
    }

    private Task<IdempotencyRecord?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Caller == actor.Name && r.Key == key, cancellationToken);

    private Written<T> Replay<T>(IdempotencyRecord earlier, string hash) =>
        earlier.RequestHash == hash
            ? new(JsonSerializer.Deserialize<T>(earlier.Body, json.Value.SerializerOptions)!, Replayed: true)
            : throw new DomainRuleException($"This {Header} was already used for a different request; use a new key for a new request.");

    private string Hash(object request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), json.Value.SerializerOptions)));
}
