using Microsoft.AspNetCore.Authorization;

namespace Marrakesh.Accounts;

/// <summary>
/// Authorization policies. API policies accept only bearer tokens, so a browser's cookie can never
/// be used to call the JSON API on someone's behalf.
/// </summary>
public static class Policies
{
    public const string ApiCaller = "api-caller";
    public const string AuditReader = "audit-reader";
    public const string Secretariat = "secretariat";
    public const string FundManager = "fund-manager";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ApiCaller, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        options.AddPolicy(Secretariat, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Secretariat));
        options.AddPolicy(FundManager, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.FundManager));
        options.AddPolicy(AuditReader, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Secretariat));
    }
}
