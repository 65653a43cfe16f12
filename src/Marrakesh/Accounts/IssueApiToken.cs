using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Issues a personal API token. The plain token is returned once and never stored.</summary>
public sealed class IssueApiToken(AppDbContext db, TimeProvider clock)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    /// <summary>A new token.</summary>
    /// <param name="Name">What the token is for, e.g. "reporting script".</param>
    /// <param name="Days">Days until it expires, 1 to 366 (default 90).</param>
    public sealed record Input(string? Name, int? Days);

    /// <summary>The issued token; <paramref name="Token"/> is shown only in this answer.</summary>
    public sealed record Output(Guid Id, string Name, string Token, DateTime ExpiresAt);

    /// <param name="userId">Whose token.</param>
    /// <param name="input">Name and lifetime.</param>
    /// <param name="notAfter">When a token is made with another token, the new one may not outlive it,
    /// so a leaked token cannot keep renewing itself.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<Output> ExecuteAsync(string userId, Input input, DateTime? notAfter, CancellationToken cancellationToken)
    {
        var days = input.Days ?? DefaultDays;
        if (days is < 1 or > MaxDays)
        {
            throw new InvalidInputException("days", $"A token lasts 1 to {MaxDays} days; {days} is outside that.");
        }
        var name = string.IsNullOrWhiteSpace(input.Name) ? "personal token" : input.Name.Trim();
        if (name.Length > 100)
        {
            throw new InvalidInputException("name", "Use at most 100 characters.");
        }
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("There is no such account.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now.AddDays(days) > notAfter)
        {
            var left = Math.Max(0, (int)(notAfter.Value - now).TotalDays);
            throw new InvalidInputException("days",
                $"A token made with another token cannot outlive it; the token you are using allows at most {left} day(s).");
        }
        var plain = ApiToken.NewPlainValue();
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Hint = plain[..10],
            Hash = ApiToken.HashOf(plain),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new Output(token.Id, token.Name, plain, token.ExpiresAt);
    }
}
