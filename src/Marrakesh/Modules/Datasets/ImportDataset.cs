using System.Globalization;
using System.Security.Cryptography;
using Marrakesh.Accounts;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// Imports one published file: parse and check everything in memory first (every problem with its sheet, row and
/// column), then in one transaction replace the same source and revision and write the figures. A file with any
/// problem stores nothing. The CLI verbs and the secretariat's upload both come here. A workbook over one of the
/// <see cref="WorkbookLimits"/> is refused (<see cref="LimitExceededException"/>) before it is read.
/// </summary>
public sealed class ImportDataset(AppDbContext db, InputValidator validator, StatesContract states, IAuditActor actor, TimeProvider clock)
{
    /// <summary>Uploads larger than this are refused before they are read; the largest published workbook is about 6 MB.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Room for the multipart envelope and the other form fields around the file.</summary>
    public const long UploadOverhead = 64 * 1024;

    public const int RevisionMax = 64;
    public const int FirstYear = 1950;
    public const int LastYear = 2100;

    public static readonly IReadOnlyList<string> Kinds = ["migrant-stock", "bilateral-migrants", "bilateral-remittances", "wdi", "remittance-flows"];

    /// <summary>What a file is and which revision it holds (an upload's form fields beside the file).</summary>
    public sealed record Input
    {
        /// <summary>migrant-stock (UN DESA by destination), bilateral-migrants, bilateral-remittances (KNOMAD matrices; a CSV for migrants is UN DESA's origin × destination table), wdi (API CSV or DataBank xlsx) or remittance-flows (KNOMAD inflows/outflows).</summary>
        [RequiredField, OneOf(typeof(ImportDataset), nameof(Kinds))]
        public string? Kind { get; init; }

        /// <summary>The revision label (at most 64 characters); when empty, the one the file states.</summary>
        [TextLength(RevisionMax)]
        public string? Revision { get; init; }

        /// <summary>For a bilateral matrix: the year its figures are for (1950 to 2100); when empty, the year its title names.</summary>
        [Between(FirstYear, LastYear)]
        public int? Year { get; init; }

        /// <summary>
        /// The upload's fields, read with the form (the endpoint takes the file from the same form). A body over the
        /// limit is not read, and one that is not a form holds no fields: both give no input, and the endpoint says why.
        /// </summary>
        public static async ValueTask<Input?> BindAsync(HttpContext http)
        {
            var request = http.Request;
            if (request.ContentLength > MaxBytes + UploadOverhead || !request.HasFormContentType)
            {
                return null;
            }
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // A broken form (wrong boundary, cut short) is the caller's mistake, not the server's.
                throw new InvalidInputException("file", "The form could not be read; send it as multipart/form-data with its boundary.");
            }
            return new Input { Kind = form["kind"], Revision = form["revision"], Year = YearOf(form["year"]) };
        }

        private static int? YearOf(string? typed) =>
            string.IsNullOrWhiteSpace(typed) ? null
            : int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year
            : throw new InvalidInputException("year", ValidationText.Get("Year", typed));
    }

    /// <summary>What was imported, and what in the file was deliberately left aside.</summary>
    /// <param name="Dataset">The import's record.</param>
    /// <param name="Replaced">True when an earlier import of the same source and revision was replaced.</param>
    /// <param name="Notes">Parts of the file not imported, and why.</param>
    public sealed record Output(DatasetOutput Dataset, bool Replaced, IReadOnlyList<string> Notes);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/datasets", async Task<Results<Created<Output>, ProblemHttpResult>> (
            Input? input, HttpRequest request, ImportDataset import, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxBytes + UploadOverhead)
            {
                return TooLarge();
            }
            if (input is null)
            {
                throw new InvalidInputException("file", "Send the file as multipart/form-data with the fields file, kind and (optionally) revision and year.");
            }
            var form = await request.ReadFormAsync(ct); // already read, with the fields
            var file = form.Files.GetFile("file") ?? throw new InvalidInputException("file", "Attach the file in the field 'file'.");
            if (file.Length > MaxBytes)
            {
                return TooLarge();
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            try
            {
                var output = await import.ExecuteAsync(input, file.FileName, buffer.ToArray(), ct);
                return TypedResults.Created($"/api/datasets/{output.Dataset.Id}", output);
            }
            catch (ImportRejectedException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "File not imported",
                    detail: $"{e.Problems.Count} problem(s) found; nothing was stored. First: {e.Problems[0]}",
                    extensions: new Dictionary<string, object?>
                    {
                        ["problems"] = e.Problems.Select(p => new { sheet = p.Sheet, row = p.Row, column = p.Column, where = p.Where, message = p.Message }).ToList(),
                    });
            }
        }).WithTags("Migration data").WithName("ImportDataset")
            .WithSummary("The secretariat imports a published file (multipart: file, kind, revision, year); all or nothing")
            .RequireAuthorization(Policies.Secretariat).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + UploadOverhead))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <param name="input">What the file is.</param>
    /// <param name="fileName">The file's name, kept for the record.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<Output> ExecuteAsync(Input input, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await validator.ValidateAsync(input, cancellationToken);
        if (content.LongLength > MaxBytes)
        {
            throw new InvalidInputException("file", $"The file is {content.LongLength / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB.");
        }
        if (content.Length == 0)
        {
            throw new InvalidInputException("file", "The file is empty.");
        }
        var kind = OneOfAttribute.Canonical(input.Kind, Kinds)!;
        var revision = string.IsNullOrWhiteSpace(input.Revision) ? null : input.Revision.Trim();
        var isCsv = kind is "wdi" or "bilateral-migrants" && fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        // The reference data loads on the other core while this thread reads the workbook, so the query (and in a fresh
        // process EF Core's first query compilation) overlaps the read instead of following it. Nothing else uses the
        // context until it is awaited.
        var loading = Task.Run(() => Locations.LoadAsync(states, cancellationToken), cancellationToken);
        Workbook.Contents? workbook;
        try
        {
            workbook = isCsv ? null : Workbook.Read(content, WorkbookLimits.Default);
        }
        catch (LimitExceededException)
        {
            await ((Task)loading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // the context is the caller's again
            throw;
        }
        var locations = await loading;
        var parsed = workbook is null
            ? ParseCsv(kind, content, input.Year, locations, revision)
            : ParseWorkbook(kind, workbook, input.Year, locations, revision);
        if (parsed.Problems.Count == 0 && parsed.Rows == 0)
        {
            parsed.Problem(null, null, null, "The file holds no figures.");
        }
        if (parsed.Problems.Count > 0)
        {
            Platform.Operations.MarrakeshMetrics.Imported(kind, stored: false, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            throw new ImportRejectedException(parsed.Problems);
        }
        // The revision may come from the file itself, which no rule on the input has seen.
        if (parsed.Revision!.Length > RevisionMax)
        {
            throw new InvalidInputException("revision", ValidationText.Get("LengthAtMost", RevisionMax, parsed.Revision.Length));
        }

        var import = new DatasetImport
        {
            Id = Guid.NewGuid(), Source = parsed.Source, Revision = parsed.Revision, Holds = parsed.Holds, Title = parsed.Title,
            FileName = Path.GetFileName(fileName), Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
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
        Platform.Operations.MarrakeshMetrics.Imported(kind, stored: true, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return new Output(DatasetOutput.From(import), replaced, parsed.Notes);
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: $"Files up to {MaxBytes / (1024 * 1024)} MB are accepted; nothing was stored.");

    private static ParsedDataset ParseCsv(string kind, byte[] content, int? year, Locations locations, string? revision) =>
        kind == "wdi"
            ? WdiCsv.Parse(content, locations, revision)
            : OriginDestinationCsv.Parse(content, locations, year, revision);

    private static ParsedDataset ParseWorkbook(string kind, Workbook.Contents workbook, int? year, Locations locations, string? revision)
    {
        if (workbook.Sheets is not { } sheets)
        {
            var failed = new ParsedDataset { Source = kind, Holds = "", Title = "" };
            failed.Problems.Add(workbook.Problem!);
            return failed;
        }
        return kind switch
        {
            "migrant-stock" => MigrantStockWorkbook.Parse(sheets, locations, revision),
            "bilateral-migrants" => BilateralMatrix.Parse(sheets, locations, "migrants", year, revision),
            "bilateral-remittances" => BilateralMatrix.Parse(sheets, locations, "remittances", year, revision),
            "remittance-flows" => RemittanceFlows.Parse(sheets, locations, revision),
            _ => WdiDatabank.Parse(sheets, locations, revision),
        };
    }
}
