using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Runs a fund write in one database transaction and, when the request carries an <c>Idempotency-Key</c>, records
/// its answer under that key in the same transaction. A retry with the same key gets the first answer back and posts
/// nothing; two identical requests racing each other post once, because the key is claimed first and the database
/// lets only one claim commit.
/// </summary>
public sealed class IdempotentWrites(AppDbContext db, TimeProvider clock, IOptions<JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int KeyMax = 200;

    /// <param name="http">The request (its Idempotency-Key header and caller) and the response (Location, replay header).</param>
    /// <param name="input">The request body, hashed to tell a retry from a different request.</param>
    /// <param name="statusCode">The status of a first answer.</param>
    /// <param name="keyRequired">Money movements require the key: without one, a client's retry could post twice.</param>
    /// <param name="work">The use case, run inside the transaction.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IResult> RunAsync<TOutput>(
        HttpContext http, object input, int statusCode, bool keyRequired, Func<CancellationToken, Task<(TOutput Output, string? Location)>> work,
        CancellationToken cancellationToken)
    {
        var key = KeyOf(http.Request);
        if (key is null && keyRequired)
        {
            throw new InvalidInputException(Header, "Send an Idempotency-Key header (a new UUID per posting) so that a retried request posts once.");
        }
        var answer = await RunAsync(CallerOf(http.User), key, input, statusCode, work, cancellationToken);
        if (answer.Replayed)
        {
            http.Response.Headers[ReplayedHeader] = "true";
        }
        if (answer.Location is not null)
        {
            http.Response.Headers.Location = answer.Location;
        }
        return Results.Content(answer.Body, "application/json; charset=utf-8", Encoding.UTF8, answer.StatusCode);
    }

    /// <summary>The same for callers that are not an API endpoint (the fund manager's page forms carry their key in a hidden field).</summary>
    public async Task<Answer> RunAsync<TOutput>(
        string caller, string? key, object input, int statusCode, Func<CancellationToken, Task<(TOutput Output, string? Location)>> work,
        CancellationToken cancellationToken)
    {
        var hash = Hash(input);
        if (key is not null && await FindAsync(caller, key, cancellationToken) is { } earlier)
        {
            return Replay(earlier, hash);
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            IdempotencyRecord? record = null;
            if (key is not null)
            {
                record = new IdempotencyRecord { Caller = caller, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Add(record);
                await db.SaveChangesAsync(cancellationToken);
            }
            var (output, location) = await work(cancellationToken);
            var body = JsonSerializer.Serialize(output, json.Value.SerializerOptions);
            if (record is not null)
            {
                record.StatusCode = statusCode;
                record.Location = location;
                record.Body = body;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Answer(statusCode, location, body, Replayed: false);
        }
        catch (DbUpdateException exception) when (key is not null && DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another request with this key committed first: answer as it did.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(caller, key, cancellationToken);
            return winner is null ? throw new ConflictException("This request clashed with another; try again.") : Replay(winner, hash);
        }
    }

    public static string CallerOf(System.Security.Claims.ClaimsPrincipal user) => user.Id() ?? user.Email() ?? "anonymous";

    /// <summary>What a write answered, first time or replayed.</summary>
    public sealed record Answer(int StatusCode, string? Location, string Body, bool Replayed);

    private static string? KeyOf(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var values) ? ValidKey(values.ToString()) : null;

    /// <summary>A usable key, or an input error: a present key must be 1 to <see cref="KeyMax"/> characters.</summary>
    public static string ValidKey(string? value)
    {
        var key = value?.Trim() ?? "";
        return key.Length is > 0 and <= KeyMax
            ? key
            : throw new InvalidInputException(Header, $"Give a key of 1 to {KeyMax} characters, unique to this request (a UUID is a good choice).");
    }

    private Task<IdempotencyRecord?> FindAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);

    private static Answer Replay(IdempotencyRecord earlier, string hash) =>
        earlier.RequestHash == hash
            ? new Answer(earlier.StatusCode, earlier.Location, earlier.Body, Replayed: true)
            : throw new DomainRuleException($"This {Header} was already used for a different request; use a new key for a new request.");

    private string Hash(object input) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input, input.GetType(), json.Value.SerializerOptions)));
}
