using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Identity;

namespace Marrakesh.Accounts;

/// <summary>Creates an account with one role and its scope: a State for focal points, an organisation for stakeholders.</summary>
public sealed class AddUser(UserManager<AppUser> users, StatesContract states, AppDbContext db, TimeProvider clock)
{
    public sealed record Input(string Email, string Role, string? State = null, string? Organisation = null, string? Password = null);

    public sealed record Output(string Id, string Email, IReadOnlyList<string> Roles, string? State, string? Organisation, bool HasPassword);

    public async Task<Output> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        var email = input.Email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            throw new InvalidInputException("email", $"'{input.Email}' is not an email address.");
        }
        var role = input.Role.Trim().ToLowerInvariant();
        if (!Roles.All.Contains(role))
        {
            throw new InvalidInputException("role", $"'{input.Role}' is not a role; use one of: {string.Join(", ", Roles.All)}.");
        }
        var state = await ScopeStateAsync(role, input.State, cancellationToken);
        var organisation = ScopeOrganisation(role, input.Organisation);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"An account with the email {email} already exists.");
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            StateIso3 = state,
            Organisation = organisation,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // Account and role are written together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = input.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, input.Password);
        Check(created, input.Password is null ? "email" : "password");
        Check(await users.AddToRoleAsync(user, role), "role");
        await transaction.CommitAsync(cancellationToken);
        return new Output(user.Id, email, [role], state, organisation, input.Password is not null);
    }

    private async Task<string?> ScopeStateAsync(string role, string? value, CancellationToken cancellationToken)
    {
        if (role != Roles.StateFocalPoint)
        {
            return string.IsNullOrWhiteSpace(value)
                ? null
                : throw new InvalidInputException("state", $"Only a {Roles.StateFocalPoint} is bound to a State.");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException("state", $"A {Roles.StateFocalPoint} must be bound to a State (ISO3 code).");
        }
        return await states.RequireStateAsync(value, "state", cancellationToken);
    }

    private static string? ScopeOrganisation(string role, string? value)
    {
        var organisation = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (role == Roles.Stakeholder && organisation is null)
        {
            throw new InvalidInputException("organisation", $"A {Roles.Stakeholder} must be bound to an organisation.");
        }
        return organisation is { Length: > 200 }
            ? throw new InvalidInputException("organisation", "Use at most 200 characters.")
            : organisation;
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new InvalidInputException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
