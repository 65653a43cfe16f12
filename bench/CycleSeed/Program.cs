// Seeds the database named by MARRAKESH_DB with a full cycle's record: 195 States × 23 commitments,
// 50,000 pledges and 195 national reviews of 23 sections each for imrf-2026. Rows go straight through
// the context in batches (the audit trail records them, as it does every write).
using Marrakesh;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Reviews;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMarrakeshCore(builder.Configuration);
builder.Services.AddSingleton<IAuditActor>(SystemActor.Instance);
using var host = builder.Build();

async Task InScopeAsync(Func<AppDbContext, Task> work)
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    await work(db);
}

await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().MigrateAndRefreshAsync(CancellationToken.None);
}
var states = new List<string>();
await InScopeAsync(async db => states = await db.States.Select(s => s.Iso3).OrderBy(s => s).ToListAsync());
var now = DateTime.UtcNow;
var random = new Random(2018);
string[] actorTypes = ["civil-society", "private-sector", "local-authority", "academia", "un-entity", "trade-union", "migrant-organisation", "other"];
string[] forms = ["financial", "human-resource", "process", "policy"];
var narrative = string.Concat(Enumerable.Repeat("Synthetic pledge narrative for load testing, long enough for the rule. ", 5));

await InScopeAsync(async db =>
{
    foreach (var state in states)
    {
        for (var objective = 1; objective <= 23; objective++)
        {
            db.Add(new Commitment
            {
                Id = Guid.NewGuid(), StateIso3 = state, Objective = objective, Description = $"Commitment of {state} under objective {objective}.",
                CreatedAt = now, UpdatedAt = now, PublishedAt = now,
            });
        }
    }
    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
});

for (var batch = 0; batch < 10; batch++)
{
    await InScopeAsync(async db =>
    {
        for (var i = 0; i < 5000; i++)
        {
            var form = forms[random.Next(forms.Length)];
            var objectives = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 24)).Distinct().Order().ToList();
            var pledge = new Pledge
            {
                Id = Guid.NewGuid(), ActorType = actorTypes[random.Next(actorTypes.Length)], ActorName = $"Organisation {random.Next(2000)}",
                Form = form, JointType = "individual", Narrative = narrative, Objectives = objectives,
                States = [states[random.Next(states.Count)]], AmountMinor = form == "financial" ? random.Next(1, 1_000_000) * 100L : null,
                Currency = form == "financial" ? (random.Next(2) == 0 ? "USD" : "EUR") : null, CreatedAt = now, UpdatedAt = now,
            };
            db.Add(pledge);
            foreach (var objective in objectives)
            {
                db.Add(new PledgeObjective { PledgeId = pledge.Id, Objective = objective, ActorType = pledge.ActorType });
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    });
    Console.Write('.');
}

await InScopeAsync(async db =>
{
    foreach (var state in states)
    {
        var review = new NationalReview { Id = Guid.NewGuid(), CycleId = "imrf-2026", StateIso3 = state, CreatedAt = now, UpdatedAt = now, Consulted = ["Civil society forum"] };
        review.Submit(now);
        review.Publish(now);
        db.Add(review);
        for (var objective = 1; objective <= 23; objective++)
        {
            db.Add(new ReviewSection { ReviewId = review.Id, Objective = objective, Status = "in-progress", Narrative = $"{state} on objective {objective}." });
        }
    }
    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
});
Console.WriteLine($" seeded {states.Count * 23} commitments, 50000 pledges, {states.Count} reviews");
