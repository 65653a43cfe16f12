using System.Security.Claims;

namespace Marrakesh.Accounts;

/// <summary>Reads who the caller is from their claims, the same way for cookies and API tokens.</summary>
public static class CurrentUser
{
    public static string? Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
    public static string? Email(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name;
    public static string? StateIso3(this ClaimsPrincipal user) => user.FindFirstValue(MarrakeshClaims.State);
    public static string? Organisation(this ClaimsPrincipal user) => user.FindFirstValue(MarrakeshClaims.Organisation);

    public static bool IsSecretariat(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Admin);

    /// <summary>Fund managers and admins: the fund's staff who move money.</summary>
    public static bool IsFundManager(this ClaimsPrincipal user) => user.IsInRole(Roles.FundManager) || user.IsInRole(Roles.Admin);

    /// <summary>The secretariat acts for every State; a focal point only for their own.</summary>
    public static bool MayActForState(this ClaimsPrincipal user, string iso3) =>
        user.IsSecretariat() || (user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() == iso3);

    public static DateTime? TokenExpiresAt(this ClaimsPrincipal user) =>
        user.FindFirstValue(MarrakeshClaims.TokenExpiresAt) is { } value
            ? DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)
            : null;

    public static IReadOnlyList<string> RoleNames(this ClaimsPrincipal user) =>
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)];
}
