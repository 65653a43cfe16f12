// Times the audit chain (ADR 0015) on the database named by MARRAKESH_DB: writes N audit entries (default 20,000)
// shaped like real ones, seals them as the sealing service does, verifies the whole chain, and times a seal that finds
// nothing to do (what GET /api/audit/head costs). Prints one line; drops the database afterwards.
using System.Diagnostics;
using System.Globalization;
using Marrakesh;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var label = args.Length > 1 ? args[1] : "database";
var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMarrakeshCore(builder.Configuration);
builder.Services.AddSingleton<IAuditActor>(SystemActor.Instance);
using var host = builder.Build();

async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
{
    await using var scope = host.Services.CreateAsyncScope();
    return await work(scope.ServiceProvider);
}

await InScopeAsync(async s => { await s.GetRequiredService<DatabasePreparation>().MigrateAndRefreshAsync(default); return 0; });
await InScopeAsync(s => s.GetRequiredService<AuditSealer>().SealEverythingAsync(default));

var after = """{"Amount":125000,"Currency":"EUR","Earmark":"thematic:2","Memo":"Synthetic entry for the audit chain benchmark","RateToUsd":1.08,"RecordedBy":"fund-manager@example.org","ValueDate":"2026-01-15T00:00:00"}""";
var at = DateTime.UtcNow;
for (var written = 0; written < count; written += 1_000)
{
    var batch = Math.Min(1_000, count - written);
    await InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        db.AuditEntries.AddRange(Enumerable.Range(written, batch).Select(i => new AuditEntry
        {
            At = at.AddTicks(i * 10), Actor = "fund-manager@example.org", Channel = "api", Entity = "Contribution",
            EntityId = Guid.NewGuid().ToString(), Action = "created", After = after,
        }));
        return await db.SaveChangesAsync();
    });
}

var clock = Stopwatch.StartNew();
var sealedCount = await InScopeAsync(s => s.GetRequiredService<AuditSealer>().SealAsync(default));
var sealMs = clock.Elapsed.TotalMilliseconds;

clock.Restart();
var verified = await InScopeAsync(s => s.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(default));
var verifyMs = clock.Elapsed.TotalMilliseconds;
if (!verified.Intact || sealedCount != count)
{
    Console.Error.WriteLine($"{label}: sealed {sealedCount} of {count}; verify found {verified.Breaks} break(s)");
    return 1;
}

const int idleRuns = 50;
clock.Restart();
for (var i = 0; i < idleRuns; i++)
{
    await InScopeAsync(s => s.GetRequiredService<AuditSealer>().SealAsync(default));
}
var idleMs = clock.Elapsed.TotalMilliseconds / idleRuns;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {label} | {sealedCount:N0} | {sealMs / 1000:F2} s | **{sealedCount / (sealMs / 1000):N0}/s** | {verified.Count:N0} | {verifyMs / 1000:F2} s | **{verified.Count / (verifyMs / 1000):N0}/s** | {idleMs:F1} ms |"));
await InScopeAsync(s => s.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync());
return 0;
