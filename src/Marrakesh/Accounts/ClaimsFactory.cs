using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marrakesh.Accounts;

/// <summary>Adds the State and organisation scope to the sign-in cookie, as API tokens carry them.</summary>
internal sealed class ClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.StateIso3 is not null)
        {
            identity.AddClaim(new Claim(MarrakeshClaims.State, user.StateIso3));
        }
        if (user.Organisation is not null)
        {
            identity.AddClaim(new Claim(MarrakeshClaims.Organisation, user.Organisation));
        }
        if (user.Email is not null && !identity.HasClaim(c => c.Type == ClaimTypes.Email))
        {
            identity.AddClaim(new Claim(ClaimTypes.Email, user.Email));
        }
        return identity;
    }
}
