using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Text;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Attaches a PDF to a practice while its authors may still edit it. The file must be a PDF by its content (it
/// starts with <c>%PDF-</c>), whatever its name says, and at most <see cref="MaxBytes"/> long.
/// </summary>
public sealed class AttachToPractice(AppDbContext db, PracticeAccess access, IAuditActor actor, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxAttachments = 10;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>The file comes as multipart/form-data rather than a JSON body, so its checks, which read it, are made here.</summary>
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/{id:guid}/attachments", async Task<Created<AttachmentOutput>> (
            Guid id, IFormFile? file, ClaimsPrincipal user, AttachToPractice attach, CancellationToken ct) =>
        {
            await using var content = file?.OpenReadStream();
            var attachment = await attach.ExecuteAsync(user, id, file?.FileName, content, file?.Length ?? 0, ct);
            return TypedResults.Created(attachment.Url, attachment);
        }).WithName("AttachToPractice")
            .WithSummary("Attach a PDF (multipart/form-data, field file; at most 10 MB)")
            // Bearer tokens only (no cookies reach /api), so there is no cross-site form to guard against.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + (64 * 1024)))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Attaches <paramref name="content"/> (null when no file was sent) of the announced <paramref name="length"/>.</summary>
    public async Task<AttachmentOutput> ExecuteAsync(
        ClaimsPrincipal user, Guid id, string? fileName, Stream? content, long length, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            throw new InvalidInputException("file", ValidationText.Get("AttachmentRequired"));
        }
        if (length == 0)
        {
            throw new InvalidInputException("file", ValidationText.Get("AttachmentEmpty"));
        }
        if (length > MaxBytes)
        {
            throw new BadHttpRequestException($"The file is {length:N0} bytes; attachments may be at most {MaxBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);
        }
        var practice = await access.LoadWritableAsync(user, id, tracked: false, cancellationToken);
        practice.EnsureEditable();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes)
        {
            throw new BadHttpRequestException($"Attachments may be at most {MaxBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);
        }
        if (!bytes.AsSpan().StartsWith(PdfSignature))
        {
            throw new InvalidInputException("file", ValidationText.Get("AttachmentNotPdf"));
        }
        var attachments = db.Set<PracticeAttachment>().Where(a => a.PracticeId == id);
        var count = await attachments.CountAsync(cancellationToken);
        if (count >= MaxAttachments)
        {
            throw new DomainRuleException($"A practice has at most {MaxAttachments} attachments.");
        }
        var number = count == 0 ? 1 : await attachments.MaxAsync(a => a.Number, cancellationToken) + 1;
        var attachment = new PracticeAttachment
        {
            PracticeId = id,
            Number = number,
            FileName = SafeName(fileName),
            Size = bytes.Length,
            Content = bytes,
            Actor = actor.Name,
            At = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<PracticeAttachment>().Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return PracticeQueries.ToOutput(id, attachment.Number, attachment.FileName, attachment.Size);
    }

    /// <summary>
    /// The name to store and offer: without a path, control characters, quotes, lone surrogates or bidirectional
    /// controls (which would show <c>\u202Efdp.exe</c> as a harmless <c>exe.pdf</c>), in NFC, ending in .pdf.
    /// </summary>
    internal static string SafeName(string? fileName)
    {
        var name = new string(Path.GetFileName(UnicodeText.WithoutLoneSurrogates(fileName ?? ""))
            .Where(c => !char.IsControl(c) && !UnicodeText.IsBidiControl(c) && c is not ('"' or '\\' or '/'))
            .ToArray()).Normalize().Trim();
        if (name.Length == 0)
        {
            name = "attachment.pdf";
        }
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }
        return name.Length <= 200 ? name : UnicodeText.WithoutLoneSurrogates(name[..196]) + ".pdf";
    }
}
