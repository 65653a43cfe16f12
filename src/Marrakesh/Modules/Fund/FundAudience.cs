using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Who is reading the fund, and so what they see. Approved, funded and closed programmes and all money are public.
/// Concept notes and declined proposals are not: they may carry a State's open hub request. Only the fund's staff and
/// the focal points of the countries concerned see those. Everyone sees that a posting was made; only staff see by
/// whom. The names stay in the records and the audit trail.
/// </summary>
public sealed record FundAudience(bool IsStaff, string? State)
{
    public static readonly FundAudience Public = new(false, null);

    public static FundAudience Of(ClaimsPrincipal user) => new(
        user.IsFundManager() || user.IsSecretariat(),
        user.IsInRole(Roles.StateFocalPoint) ? user.StateIso3() : null);

    /// <summary>The steps at which a programme is public.</summary>
    public static readonly string[] PublicStatuses = [FundVocabulary.Approved, FundVocabulary.Funded, FundVocabulary.Closed];

    public static bool IsPublic(string status) => PublicStatuses.Contains(status);

    /// <summary>The actor's name for staff; null for everyone else.</summary>
    public string? Actor(string? actor) => IsStaff ? actor : null;
}
