using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Hub;

/// <summary>Who requests support, who moves requests through the hub's steps, and in whose name support is offered.</summary>
public static class HubPermissions
{
    public static readonly Permission RequestSupport =
        new("request-support", "Only a State's focal points and the secretariat request support for the State, see its open requests and act on them.");

    public static readonly Permission MoveRequest =
        new("move-request", "Only the secretariat moves a request through the hub's steps and engages partners for it.");

    public static readonly Permission OfferAs =
        new("offer-as", "A stakeholder offers support in its own organisation's name only; the secretariat registers offers on any provider's behalf.");
}

/// <summary>The State a request is, or would be, for; null when the caller names none and has none of its own.</summary>
public sealed record RequestFor(string? Iso3);

/// <summary>In whose name an offer would be registered.</summary>
public sealed record OfferBy(string? Provider);

internal sealed class HubPermissionHandler : PermissionHandler
{
    protected override bool Allows(ClaimsPrincipal user, Permission permission, object resource) => resource switch
    {
        RequestFor request when permission == HubPermissions.RequestSupport => request.Iso3 is { } iso3 && user.MayActForState(iso3),
        SupportRequest when permission == HubPermissions.MoveRequest => user.IsSecretariat(),
        OfferBy offer when permission == HubPermissions.OfferAs => MayOfferAs(user, offer),
        _ => false,
    };

    private static bool MayOfferAs(ClaimsPrincipal user, OfferBy offer) =>
        user.IsSecretariat()
        || (user.IsInRole(Roles.Stakeholder) && user.Organisation() is { } organisation
            && string.Equals(offer.Provider?.Trim(), organisation, StringComparison.OrdinalIgnoreCase));
}
