using System.Diagnostics;
using System.Globalization;
using Marrakesh;
using Marrakesh.Bench;
using Marrakesh.Modules.Datasets;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;

// Usage: Marrakesh.Bench.DatasetsImport KIND FILE [YEAR] → on the database MARRAKESH_DB, reads the file (as
// DatasetsRead does) and imports it (ImportDataset, in a fresh scope each time as a request or a CLI run has)
// alternately: thirty rounds to warm up, then seven timed. Prints "import_ms read_ms", the fastest of each. Alternating
// the two makes a slow spell of the machine fall on both sides of the ratio, not on one. Thirty rounds, because code
// called once per file reaches the runtime's optimised, profile-guided tier only after about thirty calls: after three,
// a read of the UN DESA workbook took 120-210 ms, fully compiled 40-50 ms (bench/results.md).
const int WarmUp = 30, Timed = 7;
var (kind, path) = (args[0], args[1]);
int? year = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null;

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMarrakeshCore(builder.Configuration);
builder.Services.AddSingleton<IAuditActor>(SystemActor.Instance);
using var host = builder.Build();
await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().PrepareAsync(CancellationToken.None);
}

var content = await File.ReadAllBytesAsync(path);
double bestImport = double.MaxValue, bestRead = double.MaxValue;
for (var round = 0; round < WarmUp + Timed; round++)
{
    var read = Stopwatch.StartNew();
    Reading.Read(path);
    var readMs = read.Elapsed.TotalMilliseconds;

    await using var scope = host.Services.CreateAsyncScope();
    var import = Stopwatch.StartNew();
    await scope.ServiceProvider.GetRequiredService<ImportDataset>().ExecuteAsync(
        new ImportDataset.Input { Kind = kind, Year = year }, Path.GetFileName(path), content, CancellationToken.None);
    var importMs = import.Elapsed.TotalMilliseconds;
    if (round >= WarmUp)
    {
        (bestImport, bestRead) = (Math.Min(bestImport, importMs), Math.Min(bestRead, readMs));
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bestImport:F1} {bestRead:F1}"));
