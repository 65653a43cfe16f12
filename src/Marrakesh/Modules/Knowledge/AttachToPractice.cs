using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
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

    public async Task<AttachmentOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, string? fileName, Stream content, long length, CancellationToken cancellationToken)
    {
        var practice = await access.LoadVisibleAsync(user, id, tracked: false, cancellationToken);
        if (!PracticeAccess.MayEdit(user, practice))
        {
            throw new ForbiddenException($"Only the authors of this practice ({practice.Organisation}) or the secretariat attach files to it.");
        }
        practice.EnsureEditable();
        if (length > MaxBytes)
        {
            throw new BadHttpRequestException($"The file is {length:N0} bytes; attachments may be at most {MaxBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);
        }
        if (length == 0)
        {
            throw new InvalidInputException("file", "The file is empty.");
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes)
        {
            throw new BadHttpRequestException($"Attachments may be at most {MaxBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);
        }
        if (!bytes.AsSpan().StartsWith(PdfSignature))
        {
            throw new InvalidInputException("file", "This file is not a PDF (it does not start with %PDF-); only PDF documents can be attached.");
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

    private static string SafeName(string? fileName)
    {
        var name = new string(Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "attachment.pdf";
        }
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }
        return name.Length <= 200 ? name : name[..196] + ".pdf";
    }
}
