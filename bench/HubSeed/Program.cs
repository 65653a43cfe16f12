// Seeds the database named by MARRAKESH_DB with 5,000 hub offers, all sharing objective 6 (so every one is a candidate:
// the worst case for matching), 300 open requests that engage some of them (so capacity is counted), and the request
// to match. Prints that request's id. Rows go straight through the context in batches (the audit trail records them).
using Marrakesh;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;

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
    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
}

await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().MigrateAndRefreshAsync(CancellationToken.None);
}
var now = DateTime.UtcNow;
var random = new Random(2018);
string[] topics = ["recruitment", "remittances", "data", "statistics", "border management", "trafficking", "smuggling", "health", "education",
    "skills", "return", "reintegration", "consular", "labour migration", "climate", "diaspora", "detention", "integration", "identity", "visas"];
string[] languages = ["ar", "zh", "en", "fr", "ru", "es", "pt", "sw"];
string[] regions = ["Africa", "Northern Africa", "Western Africa", "Asia", "Europe", "Americas", "Latin America and the Caribbean", "Oceania", "ECA", "ESCWA", "Global"];
T[] Some<T>(T[] from, int most) => [.. Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => from[random.Next(from.Length)]).Distinct()];

var offers = new List<Guid>();
for (var batch = 0; batch < 5; batch++)
{
    await InScopeAsync(db =>
    {
        for (var i = 0; i < 1000; i++)
        {
            var offer = new SupportOffer
            {
                Id = Guid.NewGuid(), Provider = $"Provider {random.Next(800)}", ProviderType = HubVocabulary.ProviderTypes[random.Next(3)],
                Objectives = [.. new[] { 6 }.Concat(Some([.. Enumerable.Range(1, 23)], 3)).Distinct().Order()],
                Topics = [.. Some(topics, 3)], Languages = [.. Some(languages, 3)], Regions = [.. Some(regions, 2)],
                Modality = HubVocabulary.Modalities[random.Next(4)], Capacity = random.Next(1, 6),
                AvailableFrom = random.Next(4) == 0 ? DateOnly.FromDateTime(now).AddDays(random.Next(-100, 200)) : null,
                CreatedAt = now.AddSeconds(-(batch * 1000) - i),
            };
            offers.Add(offer.Id);
            db.Add(offer);
        }
        return Task.CompletedTask;
    });
}

SupportRequest Request(string state, string title, string need) => new()
{
    Id = Guid.NewGuid(), StateIso3 = state, Objectives = [1, 6, 23], Title = title, Need = need, Languages = ["fr", "ar"], Modality = "training",
    CreatedAt = now, UpdatedAt = now, StatusSince = now, Status = HubVocabulary.PartnersIdentified,
};
await InScopeAsync(db =>
{
    for (var i = 0; i < 300; i++)
    {
        var other = Request("SEN", $"Open request {i}", "Support on labour migration statistics.");
        db.Add(other);
        foreach (var offer in Some([.. offers], 3))
        {
            db.Add(new SupportRequestPartner { RequestId = other.Id, OfferId = offer, At = now });
        }
    }
    return Task.CompletedTask;
});
var target = Request("MAR", "Fair recruitment and labour migration data", "Our agencies need training on ethical recruitment, remittances and statistics.");
await InScopeAsync(db =>
{
    db.Add(target);
    return Task.CompletedTask;
});
Console.WriteLine(target.Id);
