using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marrakesh.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer mkt_…</c> against the stored token hashes.</summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActiveAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }
        if (found.User.LockoutEnd > clock.GetUtcNow())
        {
            return AuthenticateResult.Fail("The account is locked.");
        }
        var roles = await db.UserRoles.Where(ur => ur.UserId == found.User.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(Context.RequestAborted);
        var claims = AccountClaims.For(found.User, roles);
        claims.Add(new Claim(MarrakeshClaims.TokenExpiresAt, found.Token.ExpiresAt.ToString("O", CultureInfo.InvariantCulture)));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Email, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Write(StatusCodes.Status401Unauthorized, "Unauthorized",
            "Send a valid personal API token as 'Authorization: Bearer <token>'. Tokens that are revoked or expired no longer work.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Write(StatusCodes.Status403Forbidden, "Forbidden", "Your roles do not allow this.");

    private async Task Write(int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
        }
        await problems.WriteAsync(Context, new ProblemDetails { Status = status, Title = title, Detail = detail });
    }
}

internal static class AccountClaims
{
    public static List<Claim> For(AppUser user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Email, user.Email ?? user.UserName ?? user.Id),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.StateIso3 is not null)
        {
            claims.Add(new Claim(MarrakeshClaims.State, user.StateIso3));
        }
        if (user.Organisation is not null)
        {
            claims.Add(new Claim(MarrakeshClaims.Organisation, user.Organisation));
        }
        return claims;
    }
}
