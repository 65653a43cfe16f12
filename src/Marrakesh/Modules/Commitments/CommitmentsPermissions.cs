using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Commitments;

/// <summary>Who writes national plans and pledges.</summary>
public static class CommitmentsPermissions
{
    public static readonly Permission WritePlan =
        new("write-plan", "Only the State's focal points and the secretariat write a State's plan.");

    public static readonly Permission PledgeAs =
        new("pledge-as", "A focal point pledges in its State's name, a stakeholder in its own organisation's; the secretariat records a pledge for anyone.");

    public static readonly Permission ChangePledge =
        new("change-pledge", "Only the pledger (its State's focal points, or its organisation's stakeholders) and the secretariat change a pledge.");
}

/// <summary>A State's plan, as the record a plan's permission is asked about.</summary>
public sealed record PlanOf(string Iso3);

/// <summary>In whose name a new pledge would be made.</summary>
public sealed record PledgeAuthor(string ActorType, string? State, string? Organisation);

internal sealed class CommitmentsPermissionHandler : PermissionHandler
{
    protected override bool Allows(ClaimsPrincipal user, Permission permission, object resource) => resource switch
    {
        PlanOf plan when permission == CommitmentsPermissions.WritePlan => user.MayActForState(plan.Iso3),
        PledgeAuthor author when permission == CommitmentsPermissions.PledgeAs => MayPledgeAs(user, author),
        Pledge pledge when permission == CommitmentsPermissions.ChangePledge => MayChange(user, pledge),
        _ => false,
    };

    private static bool MayPledgeAs(ClaimsPrincipal user, PledgeAuthor author) =>
        user.IsSecretariat()
        || (author.ActorType == PledgeVocabulary.State && user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() == author.State)
        || (author.ActorType != PledgeVocabulary.State && user.IsInRole(Roles.Stakeholder) && SameOrganisation(user, author.Organisation));

    private static bool MayChange(ClaimsPrincipal user, Pledge pledge) =>
        user.IsSecretariat()
        || (pledge.OwnerState is not null && user.MayActForState(pledge.OwnerState))
        || (pledge.OwnerOrganisation is not null && user.IsInRole(Roles.Stakeholder) && SameOrganisation(user, pledge.OwnerOrganisation));

    private static bool SameOrganisation(ClaimsPrincipal user, string? organisation) =>
        organisation is not null && string.Equals(user.Organisation(), organisation.Trim(), StringComparison.OrdinalIgnoreCase);
}
