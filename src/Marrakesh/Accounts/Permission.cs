using System.Security.Claims;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;

namespace Marrakesh.Accounts;

/// <summary>
/// A rule of who may do what to which record, declared once as data (its name and what it says); the module that owns
/// the record decides it in an authorization handler. Every permission is a static field, so a test can list them all.
/// </summary>
public sealed record Permission(string Name, string Rule) : IAuthorizationRequirement;

/// <summary>Asks the framework's authorization whether a caller holds a permission on a record.</summary>
public sealed class Guard(IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, object resource, Permission permission) =>
        (await authorization.AuthorizeAsync(user, resource, permission)).Succeeded;

    /// <summary>Goes on, or refuses with 403 saying the rule.</summary>
    public async Task RequireAsync(ClaimsPrincipal user, object resource, Permission permission)
    {
        if (!await AllowsAsync(user, resource, permission))
        {
            throw new ForbiddenException(permission.Rule);
        }
    }
}

/// <summary>Decides the permissions of one module, each on its own kind of record; others are left to their module.</summary>
public abstract class PermissionHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        foreach (var permission in context.PendingRequirements.OfType<Permission>().ToList())
        {
            if (context.Resource is { } resource && Allows(context.User, permission, resource))
            {
                context.Succeed(permission);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>True when this module grants <paramref name="permission"/> on <paramref name="resource"/>; false when it does not, or does not decide it.</summary>
    protected abstract bool Allows(ClaimsPrincipal user, Permission permission, object resource);
}
