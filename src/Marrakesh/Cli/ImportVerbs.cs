using System.CommandLine;
using Marrakesh.Modules.Datasets;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Cli;

/// <summary>
/// <c>import migrant-stock|bilateral|wdi|remittance-flows FILE</c>: the same all-or-nothing import the secretariat's
/// upload runs. A refused file prints every problem with its sheet, row and column and exits with 1.
/// </summary>
internal sealed class ImportVerbs(CliHost host, TextWriter output, TextWriter error)
{
    public Command Import()
    {
        var revision = new Option<string?>("--revision") { Description = "Revision label; by default the one the file states (e.g. Rev.2020)." };
        var stock = Verb("migrant-stock", "UN DESA International Migrant Stock workbook by destination (Tables 1-6).", revision, _ => "migrant-stock", _ => null);

        var kind = new Option<string>("--kind") { Description = "migrants or remittances.", Required = true };
        kind.AcceptOnlyFromAmong("migrants", "remittances");
        var year = new Option<int?>("--year") { Description = "The year of the matrix; by default the year its title names." };
        var bilateralRevision = new Option<string?>("--revision") { Description = "Revision label; by default the year and the version its title names." };
        var bilateral = Verb("bilateral", "World Bank / KNOMAD bilateral matrix of migrant stocks or remittances.", bilateralRevision,
            parse => $"bilateral-{parse.GetValue(kind)}", parse => parse.GetValue(year));
        bilateral.Options.Add(kind);
        bilateral.Options.Add(year);

        var wdiRevision = new Option<string?>("--revision") { Description = "Revision label; by default the file's 'Last Updated' date." };
        var wdi = Verb("wdi", "World Development Indicators: an API CSV download, or a DataBank xlsx export.", wdiRevision, _ => "wdi", _ => null);

        var flowsRevision = new Option<string?>("--revision") { Description = "Revision label; by default the file's 'Date:' note." };
        var flows = Verb("remittance-flows", "World Bank-KNOMAD annual remittance inflows or outflows workbook.", flowsRevision, _ => "remittance-flows", _ => null);

        return new Command("import", "Import a published migration data file (all or nothing).") { stock, bilateral, wdi, flows };
    }

    private Command Verb(string name, string description, Option<string?> revision, Func<ParseResult, string> kind, Func<ParseResult, int?> year)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The file as published." };
        var command = new Command(name, description) { file, revision };
        command.SetAction((parse, ct) => host.RunAsync(async (services, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"error: FILE: {path.FullName} does not exist.");
                return 1;
            }
            var content = await File.ReadAllBytesAsync(path.FullName, ct);
            try
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var input = new ImportDataset.Input { Kind = kind(parse), Revision = parse.GetValue(revision), Year = year(parse) };
                var result = await services.GetRequiredService<ImportDataset>().ExecuteAsync(input, path.Name, content, ct);
                var d = result.Dataset;
                await output.WriteLineAsync($"{(result.Replaced ? "Replaced" : "Imported")} {d.Source} {d.Revision}: {d.Rows} figures, {d.FirstYear}-{d.LastYear}, in {started.ElapsedMilliseconds} ms.");
                foreach (var note in result.Notes)
                {
                    await output.WriteLineAsync($"note: {note}");
                }
                return 0;
            }
            catch (ImportRejectedException e)
            {
                await error.WriteLineAsync($"error: {path.Name} was not imported; nothing was stored. {e.Problems.Count} problem(s):");
                foreach (var problem in e.Problems)
                {
                    await error.WriteLineAsync($"  {problem}");
                }
                return 1;
            }
            catch (LimitExceededException e)
            {
                await error.WriteLineAsync($"error: {path.Name} was not imported; nothing was stored. {e.Message}");
                return 1;
            }
        }, ct));
        return command;
    }
}
