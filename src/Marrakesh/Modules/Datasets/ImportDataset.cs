using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// Imports one published file: parse and check everything in memory first (every problem with its sheet, row and
/// column), then in one transaction replace the same source and revision and write the figures. A file with any
/// problem stores nothing. The CLI verbs and the secretariat's upload both come here.
/// </summary>
public sealed class ImportDataset(AppDbContext db, StatesContract states, IAuditActor actor, TimeProvider clock)
{
    /// <summary>Uploads larger than this are refused before they are read; the largest published workbook is about 6 MB.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public static readonly IReadOnlyList<string> Kinds = ["migrant-stock", "bilateral-migrants", "bilateral-remittances", "wdi", "remittance-flows"];

    /// <summary>A file to import.</summary>
    /// <param name="Kind">migrant-stock (UN DESA by destination), bilateral-migrants, bilateral-remittances (KNOMAD matrices; a CSV for migrants is UN DESA's origin × destination table), wdi (API CSV or DataBank xlsx) or remittance-flows (KNOMAD inflows/outflows).</param>
    /// <param name="FileName">The file's name, kept for the record.</param>
    /// <param name="Content">The file's bytes.</param>
    /// <param name="Revision">The revision label; when empty, the one the file states.</param>
    /// <param name="Year">For a bilateral matrix: the year its figures are for; when empty, the year its title names.</param>
    public sealed record Input([Required] string Kind, [Required] string FileName, byte[] Content, string? Revision, int? Year);

    /// <summary>What was imported, and what in the file was deliberately left aside.</summary>
    /// <param name="Dataset">The import's record.</param>
    /// <param name="Replaced">True when an earlier import of the same source and revision was replaced.</param>
    /// <param name="Notes">Parts of the file not imported, and why.</param>
    public sealed record Output(DatasetOutput Dataset, bool Replaced, IReadOnlyList<string> Notes);

    public async Task<Output> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        if (!Kinds.Contains(input.Kind))
        {
            throw new InvalidInputException("kind", $"'{input.Kind}' is not a kind of file the importers know; use one of {string.Join(", ", Kinds)}.");
        }
        if (input.Content.LongLength > MaxBytes)
        {
            throw new InvalidInputException("file", $"The file is {input.Content.LongLength / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB.");
        }
        if (input.Content.Length == 0)
        {
            throw new InvalidInputException("file", "The file is empty.");
        }
        var revision = string.IsNullOrWhiteSpace(input.Revision) ? null : input.Revision.Trim();
        var parsed = Parse(input, await Locations.LoadAsync(states, cancellationToken), revision);
        if (parsed.Problems.Count == 0 && parsed.Rows == 0)
        {
            parsed.Problem(null, null, null, "The file holds no figures.");
        }
        if (parsed.Problems.Count > 0)
        {
            throw new ImportRejectedException(parsed.Problems);
        }
        if (parsed.Revision!.Length > 64)
        {
            throw new InvalidInputException("revision", "Use at most 64 characters.");
        }

        var years = parsed.Years.ToList();
        var import = new DatasetImport
        {
            Id = Guid.NewGuid(), Source = parsed.Source, Revision = parsed.Revision, Holds = parsed.Holds, Title = parsed.Title,
            FileName = Path.GetFileName(input.FileName), Sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Content)),
            Rows = parsed.Rows, FirstYear = years.Min(), LastYear = years.Max(),
            ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = actor.Name,
        };
        var strategy = db.Database.CreateExecutionStrategy();
        var replaced = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var previous = await db.Set<DatasetImport>().FirstOrDefaultAsync(i => i.Source == import.Source && i.Revision == import.Revision, ct);
            if (previous is not null)
            {
                await db.Set<MigrantStockValue>().Where(v => v.ImportId == previous.Id).ExecuteDeleteAsync(ct);
                await db.Set<CorridorValue>().Where(v => v.ImportId == previous.Id).ExecuteDeleteAsync(ct);
                await db.Set<IndicatorValue>().Where(v => v.ImportId == previous.Id).ExecuteDeleteAsync(ct);
                db.Remove(previous);
                await db.SaveChangesAsync(ct);
            }
            var known = await db.Set<DatasetLocation>().Select(l => l.Code).ToListAsync(ct);
            db.AddRange(parsed.Places.Values.Where(p => !known.Contains(p.Code))
                .Select(p => new DatasetLocation { Code = p.Code, Name = p.Name, IsAggregate = p.IsAggregate }));
            db.Add(import);
            await db.SaveChangesAsync(ct);
            await BulkInsert.WriteAsync(db, import.Id, parsed, ct);
            await transaction.CommitAsync(ct);
            return previous is not null;
        }, cancellationToken);
        DatasetsCache.Changed();
        return new Output(DatasetOutput.From(import), replaced, parsed.Notes);
    }

    private static ParsedDataset Parse(Input input, Locations locations, string? revision)
    {
        var isCsv = input.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (input.Kind == "wdi" && isCsv)
        {
            return WdiCsv.Parse(input.Content, locations, revision);
        }
        if (input.Kind == "bilateral-migrants" && isCsv)
        {
            return OriginDestinationCsv.Parse(input.Content, locations, input.Year, revision);
        }
        var problems = new List<ImportProblem>();
        var sheets = Workbook.Read(input.Content, problems);
        if (sheets is null)
        {
            var failed = new ParsedDataset { Source = input.Kind, Holds = "", Title = "" };
            failed.Problems.AddRange(problems);
            return failed;
        }
        return input.Kind switch
        {
            "migrant-stock" => MigrantStockWorkbook.Parse(sheets, locations, revision),
            "bilateral-migrants" => BilateralMatrix.Parse(sheets, locations, "migrants", input.Year, revision),
            "bilateral-remittances" => BilateralMatrix.Parse(sheets, locations, "remittances", input.Year, revision),
            "remittance-flows" => RemittanceFlows.Parse(sheets, locations, revision),
            _ => WdiDatabank.Parse(sheets, locations, revision),
        };
    }
}
