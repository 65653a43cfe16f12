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
        var isCsv = input.Kind is "wdi" or "bilateral-migrants" && input.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        // The reference data loads on the other core while this thread reads the workbook, so the query (and in a fresh
        // process EF Core's first query compilation) overlaps the read instead of following it. Nothing else uses the
        // context until it is awaited.
        var loading = Task.Run(() => Locations.LoadAsync(states, cancellationToken), cancellationToken);
        var workbook = isCsv ? null : Workbook.Read(input.Content);
        var locations = await loading;
        var parsed = workbook is null ? ParseCsv(input, locations, revision) : ParseWorkbook(input, workbook, locations, revision);
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

        var import = new DatasetImport
        {
            Id = Guid.NewGuid(), Source = parsed.Source, Revision = parsed.Revision, Holds = parsed.Holds, Title = parsed.Title,
            FileName = Path.GetFileName(input.FileName), Sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Content)),
            Rows = parsed.Rows, FirstYear = parsed.FirstYear, LastYear = parsed.LastYear,
            ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = actor.Name,
        };
        // A failed save fails the whole import, so the savepoint EF Core sets around each save inside a transaction (to
        // keep the transaction usable after a failure) would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        var replaced = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await using var writing = await BulkInsert.BeginAsync(db, ct);
            var previous = await db.Set<DatasetImport>().FirstOrDefaultAsync(i => i.Source == import.Source && i.Revision == import.Revision, ct);
            if (previous is not null)
            {
                await BulkInsert.DeleteAsync(db, previous, ct);
                db.Remove(previous);
            }
            var known = (await db.Set<DatasetLocation>().Select(l => l.Code).ToListAsync(ct)).ToHashSet();
            db.AddRange(parsed.Places.Values.Where(p => !known.Contains(p.Code))
                .Select(p => new DatasetLocation { Code = p.Code, Name = p.Name, IsAggregate = p.IsAggregate }));
            // One save for the replaced import row, the new one and its new locations: the audit trail records both rows.
            db.Add(import);
            await db.SaveChangesAsync(ct);
            await BulkInsert.WriteAsync(db, import.Id, parsed, ct);
            await transaction.CommitAsync(ct);
            return previous is not null;
        }, cancellationToken);
        DatasetsCache.Changed();
        return new Output(DatasetOutput.From(import), replaced, parsed.Notes);
    }

    private static ParsedDataset ParseCsv(Input input, Locations locations, string? revision) =>
        input.Kind == "wdi"
            ? WdiCsv.Parse(input.Content, locations, revision)
            : OriginDestinationCsv.Parse(input.Content, locations, input.Year, revision);

    private static ParsedDataset ParseWorkbook(Input input, Workbook.Contents workbook, Locations locations, string? revision)
    {
        if (workbook.Sheets is not { } sheets)
        {
            var failed = new ParsedDataset { Source = input.Kind, Holds = "", Title = "" };
            failed.Problems.Add(workbook.Problem!);
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
