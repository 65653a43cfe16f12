using System.CommandLine;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Identity;

namespace Marrakesh.Cli;

/// <summary>The verbs themselves. Each one calls the same use case the web app calls.</summary>
internal sealed class CliVerbs(CliHost host, TextWriter output)
{
    public Command Migrate()
    {
        var command = new Command("migrate", "Apply database migrations and refresh the reference data (idempotent).");
        command.SetAction((_, ct) => host.RunOnAnySchemaAsync(async (services, ct) =>
        {
            var settings = services.GetRequiredService<DatabaseSettings>();
            await services.GetRequiredService<DatabasePreparation>().MigrateAndRefreshAsync(ct);
            await output.WriteLineAsync($"Database is up to date: {settings.Describe()}");
            return 0;
        }, ct));
        return command;
    }

    public Command Users()
    {
        var email = new Option<string>("--email") { Description = "The account's email.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var state = new Option<string?>("--state") { Description = "ISO3 code of the State (state-focal-point only)." };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation (required for stakeholder)." };
        var password = new Option<string?>("--password") { Description = "Password for signing in to the site (12+ characters). Without one, the account uses API tokens only." };
        var add = new Command("add", "Create an account with one role.") { email, role, state, organisation, password };
        add.SetAction((parse, ct) => host.RunAsync(async (services, ct) =>
        {
            var created = await services.GetRequiredService<AddUser>().ExecuteAsync(new AddUser.Input
            {
                Email = parse.GetValue(email)!, Role = parse.GetValue(role)!, State = parse.GetValue(state),
                Organisation = parse.GetValue(organisation), Password = parse.GetValue(password),
            }, ct);
            var scope = created.State ?? created.Organisation;
            await output.WriteLineAsync($"Created {created.Email} ({string.Join(", ", created.Roles)}{(scope is null ? "" : $", {scope}")}).");
            return 0;
        }, ct));

        var list = new Command("list", "List accounts with their roles and scope.");
        list.SetAction((_, ct) => host.RunAsync(async (services, ct) =>
        {
            var users = await services.GetRequiredService<ListUsers>().ExecuteAsync(ct);
            await output.WriteLineAsync($"{"EMAIL",-40} {"ROLES",-24} SCOPE");
            foreach (var u in users)
            {
                await output.WriteLineAsync($"{u.Email,-40} {string.Join(",", u.Roles),-24} {u.State ?? u.Organisation ?? "-"}");
            }
            await output.WriteLineAsync($"{users.Count} account(s)");
            return 0;
        }, ct));
        return new Command("users", "Manage accounts.") { add, list };
    }

    public Command Tokens()
    {
        var email = new Option<string>("--email") { Description = "Whose token.", Required = true };
        var days = new Option<int>("--days") { Description = $"Days until it expires (1-{IssueApiToken.MaxDays}).", DefaultValueFactory = _ => IssueApiToken.DefaultDays };
        var name = new Option<string?>("--name") { Description = "What the token is for." };
        var create = new Command("create", "Issue a personal API token; it is printed once, store it safely.") { email, days, name };
        create.SetAction((parse, ct) => host.RunAsync(async (services, ct) =>
        {
            var user = await FindUserAsync(services, parse.GetValue(email)!);
            var token = await services.GetRequiredService<IssueApiToken>().ExecuteAsync(
                user.Id, new IssueApiToken.Input { Name = parse.GetValue(name) ?? "cli", Days = parse.GetValue(days) }, notAfter: null, ct);
            await output.WriteLineAsync(token.Token);
            return 0;
        }, ct));

        var id = new Option<Guid>("--id") { Description = "The token's id.", Required = true };
        var revokeEmail = new Option<string>("--email") { Description = "Whose token.", Required = true };
        var revoke = new Command("revoke", "Revoke a token; it stops working at once.") { revokeEmail, id };
        revoke.SetAction((parse, ct) => host.RunAsync(async (services, ct) =>
        {
            var user = await FindUserAsync(services, parse.GetValue(revokeEmail)!);
            await services.GetRequiredService<RevokeApiToken>().ExecuteAsync(user.Id, parse.GetValue(id), ct);
            await output.WriteLineAsync("Revoked.");
            return 0;
        }, ct));
        return new Command("tokens", "Manage personal API tokens.") { create, revoke };
    }

    private static async Task<AppUser> FindUserAsync(IServiceProvider services, string email) =>
        await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email.Trim())
        ?? throw new NotFoundException($"There is no account with the email {email}.");
}
