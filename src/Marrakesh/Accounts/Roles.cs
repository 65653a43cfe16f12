namespace Marrakesh.Accounts;

/// <summary>The platform's roles. A focal point acts for one State, a stakeholder for one organisation.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Secretariat = "secretariat";
    public const string StateFocalPoint = "state-focal-point";
    public const string Stakeholder = "stakeholder";
    public const string FundManager = "fund-manager";

    public static readonly IReadOnlyList<string> All = [Admin, Secretariat, StateFocalPoint, Stakeholder, FundManager];
}

/// <summary>Claim types beyond the standard ones.</summary>
public static class MarrakeshClaims
{
    public const string State = "marrakesh:state";
    public const string Organisation = "marrakesh:organisation";
    /// <summary>On token-authenticated calls: when the token in use expires.</summary>
    public const string TokenExpiresAt = "marrakesh:token-expires-at";
}
