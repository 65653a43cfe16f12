using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// Who writes a State's voluntary national review and who acknowledges receiving it. A cycle's round tables are the
/// secretariat's alone, declared on their endpoint (<see cref="Policies.Secretariat"/>).
/// </summary>
public static class ReviewsPermissions
{
    public static readonly Permission WriteReview =
        new("write-review", "Only a State's focal points and the secretariat write the State's review, submit and publish it, and see it before it is published.");

    public static readonly Permission AcknowledgeReview =
        new("acknowledge-review", "Only the secretariat acknowledges receipt of a review.");
}

/// <summary>A State's review, as the record a review's permission is asked about.</summary>
public sealed record ReviewOf(string Iso3);

/// <summary>The receipt of a submitted review, which the secretariat acknowledges.</summary>
public sealed record ReceiptOf(Guid ReviewId);

internal sealed class ReviewsPermissionHandler : PermissionHandler
{
    protected override bool Allows(ClaimsPrincipal user, Permission permission, object resource) => resource switch
    {
        ReviewOf review when permission == ReviewsPermissions.WriteReview => user.MayActForState(review.Iso3),
        ReceiptOf when permission == ReviewsPermissions.AcknowledgeReview => user.IsSecretariat(),
        _ => false,
    };
}
