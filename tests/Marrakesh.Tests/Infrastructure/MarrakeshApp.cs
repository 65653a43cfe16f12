using System.Net.Http.Headers;
using Marrakesh.Cli;
using Marrakesh.Platform.Freshness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// The whole application on its own database, with a clock the tests control. Tests talk to it
/// over HTTP and through the CLI verbs, the way people and programs do.
/// </summary>
public class MarrakeshApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private int userCounter;
    private readonly bool ownsDatabase = true;

    public MarrakeshApp() : this(new TestDatabase())
    {
    }

    private MarrakeshApp(TestDatabase database) => Database = database;

    private MarrakeshApp(MarrakeshApp first)
    {
        Database = first.Database;
        ownsDatabase = false;
    }

    /// <summary>The app on a database that already holds a record (a restored backup); disposing it drops that database.</summary>
    public static MarrakeshApp On(TestDatabase database) => new(database);

    /// <summary>A second server on <paramref name="first"/>'s database, as an operator runs one beside another; it leaves the database to the first.</summary>
    public static MarrakeshApp Beside(MarrakeshApp first) => new(first);

    public TestDatabase Database { get; }

    /// <summary>The app's clock; starts at the real time so dates look natural.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(ExtraSettings)
            {
                ["MARRAKESH_DB"] = Database.ConnectionString,
                ["MARRAKESH_AUTO_MIGRATE"] = "true",
            };
            // Audit entries are sealed when a test asks (the head and verify seal first), never behind its back.
            settings.TryAdd("MARRAKESH_AUDIT_SEAL_SECONDS", "0");
            return settings;
        }
    }

    /// <summary>Settings a fixture adds for its scenario.</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(ShareClock);
    }

    private void ShareClock(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations and reference data run now
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>Runs a CLI verb in-process against this app's database and clock.</summary>
    public async Task<CliResult> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, Settings, ShareClock);
        await CatchUpAsync();
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Has the server learn at once of what the CLI changed, which its freshness listener notices within half a second
    /// (ADR 0017): tests that import and read straight after need not wait. Tests of that listener use a second server.
    /// </summary>
    private async Task CatchUpAsync()
    {
        await using var connection = await Database.OpenAsync();
        await Services.GetRequiredService<CacheGenerations>().ReadAsync(connection, CancellationToken.None);
    }

    /// <summary>Runs a CLI verb in-process against another database (a restore's target), with this app's settings otherwise.</summary>
    public async Task<CliResult> RunCliOnAsync(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?>(Settings) { ["MARRAKESH_DB"] = database.ConnectionString };
        var code = await CommandLine.RunAsync(args, output, error, settings, ShareClock);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Creates an account through the CLI and returns its email.</summary>
    public async Task<string> CreateUserAsync(string role, string? state = null, string? organisation = null, string? password = null)
    {
        var email = $"{role}-{Interlocked.Increment(ref userCounter)}-{Guid.NewGuid():N}"[..40] + "@example.org";
        var args = new List<string> { "users", "add", "--email", email, "--role", role };
        if (state is not null) { args.AddRange(["--state", state]); }
        if (organisation is not null) { args.AddRange(["--organisation", organisation]); }
        if (password is not null) { args.AddRange(["--password", password]); }
        (await RunCliAsync([.. args])).ShouldSucceed();
        return email;
    }

    /// <summary>Issues a token through the CLI and returns it.</summary>
    public async Task<string> CreateTokenAsync(string email, int days = 30)
    {
        var result = await RunCliAsync("tokens", "create", "--email", email, "--days", days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.ShouldSucceed();
        return result.Output.Trim();
    }

    /// <summary>A client calling the API with a fresh account's token.</summary>
    public async Task<(HttpClient Client, string Email)> ClientAsAsync(string role, string? state = null, string? organisation = null)
    {
        var email = await CreateUserAsync(role, state, organisation);
        return (ClientWithToken(await CreateTokenAsync(email)), email);
    }

    public const string Password = "Correct-horse-battery-9";

    /// <summary>A browser (cookies, redirects) signed in through the sign-in form as a fresh account.</summary>
    public async Task<(HttpClient Browser, string Email)> SignedInBrowserAsync(string role, string? state = null, string? organisation = null)
    {
        var email = await CreateUserAsync(role, state, organisation, Password);
        var browser = CreateClient();
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password }));
        Assert.Contains(email, page.QuerySelector("nav")!.TextContent);
        return (browser, email);
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public void ShouldSucceed() =>
        Assert.True(ExitCode == 0, $"CLI failed with {ExitCode}: {Error}{Output}");
}
