// Seeds the database named by MARRAKESH_DB with N synthetic published practices (default 100,000) in the six UN
// languages, then builds the search index the way the app does (SearchIndexer). Words follow a Zipf-like spread:
// a few very common ones ("migrant"), many rare ones, as in real text.
using Marrakesh;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMarrakeshCore(builder.Configuration);
builder.Services.AddSingleton<IAuditActor>(SystemActor.Instance);
using var host = builder.Build();

await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().MigrateAndRefreshAsync(CancellationToken.None);
}
var states = new List<string>();
await using (var scope = host.Services.CreateAsyncScope())
{
    states = await scope.ServiceProvider.GetRequiredService<AppDbContext>().States.Select(s => s.Iso3).OrderBy(s => s).ToListAsync();
}

var words = new Dictionary<string, string[]>
{
    ["en"] = "migrant migrants workers legal aid integration remittances community centre training women children border health education housing labour rights city return reintegration diaspora skills recognition language course volunteers lawyers shelter family reunification data survey employment recruitment fair decent work climate displacement".Split(' '),
    ["fr"] = "migrants travailleurs aide juridique intégration transferts communauté centre formation femmes enfants frontière santé éducation logement droits ville retour réinsertion diaspora compétences bénévoles avocats accueil famille emploi recrutement travail décent climat".Split(' '),
    ["es"] = "migrantes trabajadoras ayuda jurídica integración remesas comunidad centro formación mujeres niños frontera salud educación vivienda derechos ciudad retorno reintegración diáspora competencias voluntarias abogadas acogida familia empleo contratación trabajo decente clima".Split(' '),
    ["ru"] = "мигранты трудящиеся юридическая помощь интеграция денежные переводы община центр обучение женщины дети граница здоровье образование жильё права город возвращение реинтеграция диаспора навыки добровольцы юристы приют семья занятость наём труд климат".Split(' '),
    ["ar"] = "المهاجرين العمال المساعدة القانونية الاندماج التحويلات المجتمع مركز التدريب النساء الأطفال الحدود الصحة التعليم السكن الحقوق المدينة العودة الإدماج المغتربين المهارات المتطوعين المحامين الإيواء الأسرة العمل التوظيف اللائق المناخ".Split(' '),
    ["zh"] = "移民 工人 法律 援助 融合 汇款 社区 中心 培训 妇女 儿童 边境 健康 教育 住房 权利 城市 回返 重新 侨民 技能 志愿者 律师 庇护 家庭 就业 招聘 体面 劳动 气候".Split(' '),
};
string[] languages = ["en", "fr", "es", "ru", "ar", "zh"];
var random = new Random(2018);

string Word(string language)
{
    // Zipf-like: index ~ pool size × u², so the first words are far more frequent; one word in four is a rare synthetic one.
    if (random.Next(4) == 0)
    {
        return language == "zh" ? "词" + random.Next(20000).ToString(System.Globalization.CultureInfo.InvariantCulture) : "w" + random.Next(50000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
    var pool = words[language];
    var u = random.NextDouble();
    return pool[(int)(pool.Length * u * u)];
}

string Sentence(string language, int length)
{
    var parts = Enumerable.Range(0, length).Select(_ => Word(language));
    return language == "zh" ? string.Concat(parts) + "。" : string.Join(' ', parts) + ".";
}

var now = DateTime.UtcNow;
var started = System.Diagnostics.Stopwatch.StartNew();
for (var done = 0; done < count; done += 5000)
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = done; i < Math.Min(count, done + 5000); i++)
    {
        var language = languages[random.Next(languages.Length)];
        var practice = new Practice
        {
            Id = Guid.NewGuid(),
            Title = Sentence(language, 5).TrimEnd('.', '。'),
            Summary = Sentence(language, 20),
            Body = string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => Sentence(language, 40))),
            Language = language,
            Countries = [states[random.Next(states.Count)]],
            Objectives = [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => 1 + random.Next(23)).Distinct().Order()],
            Organisation = $"Organisation {random.Next(2000)}",
            OrganisationType = PracticeRules.OrganisationTypes[random.Next(PracticeRules.OrganisationTypes.Count)],
            AuthorId = "bench",
            CreatedAt = now,
            UpdatedAt = now,
        };
        practice.Decide(ReviewDecision.StartReview, null, "bench", now);
        practice.Decide(ReviewDecision.Publish, null, "bench", now);
        db.Add(practice);
    }
    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
    Console.WriteLine($"{Math.Min(count, done + 5000)} practices ({started.Elapsed.TotalSeconds:N0} s)");
}
await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(includePractices: true, CancellationToken.None);
}
Console.WriteLine($"Indexed in {started.Elapsed.TotalSeconds:N0} s");
