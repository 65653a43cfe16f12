using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Issues a personal API token. The plain token is returned once and never stored.</summary>
public sealed class IssueApiToken(AppDbContext db, InputValidator validator, TimeProvider clock)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;
    public const int NameMax = 100;

    /// <summary>A new token.</summary>
    public sealed record Input
    {
        /// <summary>What the token is for, e.g. "reporting script" (at most 100 characters; "personal token" when omitted).</summary>
        [TextLength(NameMax)]
        public string? Name { get; init; }

        /// <summary>Days until it expires, 1 to 366 (default 90).</summary>
        [Between(1, MaxDays)]
        public int? Days { get; init; }
    }

    /// <summary>The issued token; <paramref name="Token"/> is shown only in this answer.</summary>
    public sealed record Output(Guid Id, string Name, string Token, DateTime ExpiresAt);

    public static void Map(RouteGroupBuilder signedIn) =>
        signedIn.MapPost("/tokens", async Task<Created<Output>> (Input input, ClaimsPrincipal user, IssueApiToken issue, CancellationToken ct) =>
        {
            var token = await issue.ExecuteAsync(user.Id()!, input, user.TokenExpiresAt(), ct);
            return TypedResults.Created($"/api/tokens/{token.Id}", token);
        }).WithName("IssueToken").WithSummary("Issue a new token (shown once)")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    /// <param name="userId">Whose token.</param>
    /// <param name="input">Name and lifetime.</param>
    /// <param name="notAfter">When a token is made with another token, the new one may not outlive it,
    /// so a leaked token cannot keep renewing itself.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<Output> ExecuteAsync(string userId, Input input, DateTime? notAfter, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var days = input.Days ?? DefaultDays;
        var name = string.IsNullOrWhiteSpace(input.Name) ? "personal token" : input.Name.Trim();
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("There is no such account.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now.AddDays(days) > notAfter)
        {
            var left = Math.Max(0, (int)(notAfter.Value - now).TotalDays);
            throw new InvalidInputException("days", ValidationText.Get("TokenOutlivesItsMaker", left));
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
