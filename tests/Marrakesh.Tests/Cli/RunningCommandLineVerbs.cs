using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Cli;

public sealed class RunningCommandLineVerbs(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Users_add_creates_an_account_that_users_list_shows()
    {
        var email = await app.CreateUserAsync("state-focal-point", state: "gha");

        var list = await app.RunCliAsync("users", "list");

        list.ShouldSucceed();
        var line = list.Output.Split('\n').Single(l => l.StartsWith(email, StringComparison.Ordinal));
        Assert.Contains("state-focal-point", line);
        Assert.Contains("GHA", line);
    }

    [Fact]
    public async Task Tokens_create_prints_a_token_that_the_API_accepts()
    {
        var email = await app.CreateUserAsync("secretariat");

        var token = await app.CreateTokenAsync(email, days: 3);

        Assert.StartsWith("mkt_", token);
        var me = await (await app.ClientWithToken(token).GetAsync("/api/me")).ShouldBeJsonAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Tokens_revoke_stops_a_token()
    {
        var email = await app.CreateUserAsync("admin");
        var client = app.ClientWithToken(await app.CreateTokenAsync(email));
        var id = (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Single().GetProperty("id").GetString()!;

        (await app.RunCliAsync("tokens", "revoke", "--email", email, "--id", id)).ShouldSucceed();

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData("role", "users", "add", "--email", "x1@example.org", "--role", "president")]
    [InlineData("state", "users", "add", "--email", "x2@example.org", "--role", "state-focal-point")]
    [InlineData("state", "users", "add", "--email", "x3@example.org", "--role", "state-focal-point", "--state", "XYZ")]
    [InlineData("state", "users", "add", "--email", "x4@example.org", "--role", "state-focal-point", "--state", "Morocco")]
    [InlineData("state", "users", "add", "--email", "x5@example.org", "--role", "secretariat", "--state", "MAR")]
    [InlineData("organisation", "users", "add", "--email", "x6@example.org", "--role", "stakeholder")]
    [InlineData("email", "users", "add", "--email", "not-an-email", "--role", "admin")]
    [InlineData("password", "users", "add", "--email", "x7@example.org", "--role", "admin", "--password", "short")]
    public async Task Bad_input_fails_with_a_message_naming_the_field_and_creates_nothing(string field, params string[] args)
    {
        var usersBefore = await app.Database.CountAsync("accounts_users");

        var result = await app.RunCliAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {field}: ", result.Error);
        Assert.Equal(usersBefore, await app.Database.CountAsync("accounts_users"));
    }

    [Fact]
    public async Task Several_mistakes_on_the_command_line_are_named_together()
    {
        var usersBefore = await app.Database.CountAsync("accounts_users");

        var result = await app.RunCliAsync("users", "add", "--email", "not-an-email", "--role", "president", "--state", "XYZ");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("email: ", result.Error);
        Assert.Contains("role: ", result.Error);
        Assert.Contains("state: ", result.Error);
        Assert.Equal(usersBefore, await app.Database.CountAsync("accounts_users"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    public async Task A_token_lifetime_outside_1_to_366_days_is_refused(string days)
    {
        var email = await app.CreateUserAsync("admin");

        var result = await app.RunCliAsync("tokens", "create", "--email", email, "--days", days);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("days", result.Error);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        var email = await app.CreateUserAsync("fund-manager");

        var result = await app.RunCliAsync("users", "add", "--email", email, "--role", "admin");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Error);
    }

    [Fact]
    public async Task A_token_for_an_unknown_account_is_refused() =>
        Assert.Equal(1, (await app.RunCliAsync("tokens", "create", "--email", "ghost@example.org")).ExitCode);

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error()
    {
        var result = await app.RunCliAsync("users", "add", "--role", "admin");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--email", result.Error);
    }

    [Theory]
    [InlineData(true, "userz")]
    [InlineData(true, "migrate")]
    [InlineData(true, "--help")]
    [InlineData(false, "serve")]
    [InlineData(false, "--urls", "http://127.0.0.1:5001")]
    [InlineData(false)]
    public void Only_serve_and_host_options_start_the_web_server(bool cli, params string[] args) =>
        Assert.Equal(cli, Marrakesh.Cli.CommandLine.IsCliVerb(args));

    [Fact]
    public async Task A_mistyped_verb_prints_usage_and_fails()
    {
        var result = await app.RunCliAsync("userz", "list");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("userz", result.Error);
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var result = await app.RunCliAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "serve", "migrate", "users", "tokens" })
        {
            Assert.Contains(verb, result.Output);
        }
    }
}
