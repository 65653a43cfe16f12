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
        signedIn.MapGet("/tokens/{id:guid}", async Task<Ok<ListApiTokens.Output>> (Guid id, ClaimsPrincipal user, ListApiTokens list, CancellationToken ct) =>
            TypedResults.Ok(await list.GetAsync(user.Id()!, id, ct))).WithName("GetToken").WithSummary("One of the caller's API tokens, without its secret value")
            .ProducesProblem(StatusCodes.Status404NotFound);
        IssueApiToken.Map(signedIn);
        RevokeApiToken.Map(signedIn);
    }

    private static Ok<MeOutput> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeOutput(user.Email(), user.RoleNames(), user.StateIso3(), user.Organisation()));

    private static async Task<Ok<ListOutput<ListApiTokens.Output>>> ListTokens(ClaimsPrincipal user, ListApiTokens list, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ListApiTokens.Output>.Of(await list.ExecuteAsync(user.Id()!, ct)));
}
