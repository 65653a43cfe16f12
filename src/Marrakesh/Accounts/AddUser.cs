using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Text;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Validation;

namespace Marrakesh.Accounts;

/// <summary>Creates an account with one role and its scope: a State for focal points, an organisation for stakeholders.</summary>
public sealed class AddUser(UserManager<AppUser> users, InputValidator validator, AppDbContext db, TimeProvider clock)
{
    /// <summary>An account to create (from the command line: accounts are never created over HTTP).</summary>
    // No endpoint takes this input, so it is marked for the framework's validation generator; the attribute is
    // evaluation API in .NET 10 (ASP0029), used here alone (ADR 0013).
#pragma warning disable ASP0029
    [ValidatableType]
#pragma warning restore ASP0029
    public sealed record Input : IValidatableObject
    {
        [RequiredField, TextLength(256), EmailAddress(ErrorMessage = "'{0}' is not an email address.")]
        public required string Email { get; init; }

        [RequiredField, OneOf(typeof(Roles), nameof(Roles.All))]
        public required string Role { get; init; }

        [StatesContract.State]
        public string? State { get; init; }

        [TextLength(200)]
        public string? Organisation { get; init; }

        [Verbatim, TextLength(256)]
        public string? Password { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var role = OneOfAttribute.Canonical(Role, Roles.All);
            if (role == Roles.StateFocalPoint && string.IsNullOrWhiteSpace(State))
            {
                yield return new(ValidationText.Get("ScopeStateRequired"), [nameof(State)]);
            }
            if (role != Roles.StateFocalPoint && !string.IsNullOrWhiteSpace(State))
            {
                yield return new(ValidationText.Get("ScopeStateOnlyFocalPoint"), [nameof(State)]);
            }
            if (role == Roles.Stakeholder && string.IsNullOrWhiteSpace(Organisation))
            {
                yield return new(ValidationText.Get("ScopeOrganisationRequired"), [nameof(Organisation)]);
            }
        }
    }

    public sealed record Output(string Id, string Email, IReadOnlyList<string> Roles, string? State, string? Organisation, bool HasPassword);

    public async Task<Output> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var email = input.Email.Trim();
        var role = OneOfAttribute.Canonical(input.Role, Roles.All)!;
        var state = string.IsNullOrWhiteSpace(input.State) ? null : input.State.Trim().ToUpperInvariant();
        var organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim();
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

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new InvalidInputException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
