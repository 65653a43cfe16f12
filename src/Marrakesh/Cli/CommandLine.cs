using System.CommandLine;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Cli;

/// <summary>
/// The command-line verbs of the <c>marrakesh</c> executable. <c>serve</c> (the default) starts the
/// web app; the others run once against the same database and exit, non-zero on failure.
/// </summary>
internal static class CommandLine
{
    private static readonly HashSet<string> HelpAndVersion = ["--help", "-h", "-?", "--version"];

    /// <summary>
    /// Anything but <c>serve</c> or host options (<c>--urls …</c>) goes to the CLI, so a mistyped verb
    /// prints usage instead of quietly starting the server.
    /// </summary>
    public static bool IsCliVerb(string[] args) =>
        args.Length > 0 && args[0] != "serve" && (HelpAndVersion.Contains(args[0]) || !args[0].StartsWith('-'));

    /// <summary>Arguments for the web host: everything after an optional leading <c>serve</c>.</summary>
    public static string[] WebArgs(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    /// <param name="args">The verb and its options.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="settings">Extra configuration (tests point it at their database).</param>
    /// <param name="services">Service overrides (tests share their clock).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var verbs = new CliVerbs(new CliHost(settings, services), output);
        var backups = new BackupVerbs(new CliHost(settings, services), output);
        var root = new RootCommand("Marrakesh: the platform for implementing the Global Compact for Migration.")
        {
            new Command("serve", "Start the web app (the default when no verb is given)."),
            verbs.Migrate(),
            verbs.Users(),
            verbs.Tokens(),
            new ImportVerbs(new CliHost(settings, services), output, error).Import(),
            backups.Backup(),
            backups.Restore(),
            new AuditVerbs(new CliHost(settings, services), output, error).Audit(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
        }
        catch (Exception e) when (e is ConflictException or NotFoundException or DomainRuleException or ForbiddenException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
        }
        catch (Exception e)
        {
            // An operator runs the CLI: say what failed, without a stack trace, and exit non-zero.
            await error.WriteLineAsync($"error: unexpected {e.GetType().Name}: {e.GetBaseException().Message}");
            return 2;
        }
        return 1;
    }
}

/// <summary>Builds a host without HTTP for one CLI run, with writes attributed to the CLI user.</summary>
internal sealed class CliHost(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? overrides)
{
    /// <summary>Runs a verb on a database that is up to date (migrated first where auto-migration is on).</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        RunAsync(action, checkSchema: true, cancellationToken);

    /// <summary>Runs a verb that brings the schema up to date itself (<c>migrate</c>).</summary>
    public Task<T> RunOnAnySchemaAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        RunAsync(action, checkSchema: false, cancellationToken);

    private async Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> action, bool checkSchema, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMarrakeshCore(builder.Configuration);
        builder.Services.AddSingleton<IAuditActor, CliActor>();
        overrides?.Invoke(builder.Services);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        if (checkSchema)
        {
            await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().PrepareAsync(cancellationToken);
        }
        return await action(scope.ServiceProvider, cancellationToken);
    }
}
