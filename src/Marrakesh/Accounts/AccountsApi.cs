using System.Security.Claims;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Accounts;

/// <summary>Who the caller is.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Roles">The caller's roles.</param>
/// <param name="State">ISO3 of the State a focal point acts for.</param>
/// <param name="Organisation">The organisation a stakeholder acts for.</param>
public sealed record MeOutput(string? Email, IReadOnlyList<string> Roles, string? State, string? Organisation);

internal static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        var signedIn = api.MapGroup("").WithTags("Accounts").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        signedIn.MapGet("/me", Me).WithName("GetMe").WithSummary("The caller, their roles and scope");
        signedIn.MapGet("/tokens", ListTokens).WithName("ListTokens").WithSummary("The caller's API tokens");
        signedIn.MapPost("/tokens", IssueToken).WithName("IssueToken").WithSummary("Issue a new token (shown once)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        signedIn.MapDelete("/tokens/{id:guid}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke one of the caller's tokens")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Ok<MeOutput> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeOutput(user.Email(), user.RoleNames(), user.StateIso3(), user.Organisation()));

    private static async Task<Ok<ListOutput<ListApiTokens.Output>>> ListTokens(ClaimsPrincipal user, ListApiTokens list, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ListApiTokens.Output>.Of(await list.ExecuteAsync(user.Id()!, ct)));

    private static async Task<Created<IssueApiToken.Output>> IssueToken(
        IssueApiToken.Input input, ClaimsPrincipal user, IssueApiToken issue, CancellationToken ct)
    {
        var token = await issue.ExecuteAsync(user.Id()!, input, user.TokenExpiresAt(), ct);
        return TypedResults.Created($"/api/tokens/{token.Id}", token);
    }

    private static async Task<NoContent> RevokeToken(Guid id, ClaimsPrincipal user, RevokeApiToken revoke, CancellationToken ct)
    {
        await revoke.ExecuteAsync(user.Id()!, id, ct);
        return TypedResults.NoContent();
    }
}
