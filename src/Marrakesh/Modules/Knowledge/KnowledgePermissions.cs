using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Knowledge;

/// <summary>Who submits practices in whose name, who writes a practice, and who reviews it.</summary>
public static class KnowledgePermissions
{
    public static readonly Permission SubmitPracticeAs =
        new("submit-practice-as", "A focal point submits practices for its State, a stakeholder in its own organisation's name only; the secretariat submits for anyone it names.");

    public static readonly Permission WritePractice =
        new("write-practice", "Only a practice's authors (the account that submitted it, its organisation's stakeholders or its State's focal points) and the secretariat edit it, attach files to it, read its review history and see it before it is published.");

    public static readonly Permission ReviewPractice =
        new("review-practice", "Only the secretariat reviews practices.");
}

/// <summary>In whose name a new practice would be submitted: a State's (by its focal points) or an organisation's.</summary>
public sealed record PracticeBy(string? State, string? Organisation);

internal sealed class KnowledgePermissionHandler : PermissionHandler
{
    protected override bool Allows(ClaimsPrincipal user, Permission permission, object resource) => resource switch
    {
        PracticeBy author when permission == KnowledgePermissions.SubmitPracticeAs => MaySubmitAs(user, author),
        Practice practice when permission == KnowledgePermissions.WritePractice => user.IsSecretariat() || IsAuthor(user, practice),
        Practice when permission == KnowledgePermissions.ReviewPractice => user.IsSecretariat(),
        _ => false,
    };

    private static bool MaySubmitAs(ClaimsPrincipal user, PracticeBy author) =>
        user.IsSecretariat()
        || (author.State is not null
            ? user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() == author.State
            : user.IsInRole(Roles.Stakeholder) && SameOrganisation(user, author.Organisation));

    private static bool IsAuthor(ClaimsPrincipal user, Practice practice) =>
        (user.Id() is { } id && id == practice.AuthorId)
        || (practice.OwnerState is not null && user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() == practice.OwnerState)
        || (practice.OwnerOrganisation is not null && user.IsInRole(Roles.Stakeholder) && SameOrganisation(user, practice.OwnerOrganisation));

    private static bool SameOrganisation(ClaimsPrincipal user, string? organisation) =>
        organisation is not null && string.Equals(user.Organisation(), organisation, StringComparison.OrdinalIgnoreCase);
}
