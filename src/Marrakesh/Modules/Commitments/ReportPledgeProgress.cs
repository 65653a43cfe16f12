using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>The owner adds a dated progress note and, if it says so, moves the pledge on.</summary>
public sealed class ReportPledgeProgress(
    AppDbContext db, InputValidator validator, PledgeAccess access, RecordHistory history, IAuditActor actor, PledgeQueries queries)
{
    /// <summary>A dated progress note, optionally moving the pledge on.</summary>
    public sealed record Input
    {
        /// <summary>The date the note speaks of (yyyy-mm-dd): not in the future, nor before the Compact's adoption (10 December 2018).</summary>
        [RequiredField, NotInFuture, NotBefore(2018, 12, 10)]
        public DateOnly? Date { get; init; }

        /// <summary>What happened (1 to 2,000 characters).</summary>
        [RequiredField, TextLength(PledgeRules.NoteMax, MultiLine = true)]
        public string? Note { get; init; }

        /// <summary>The new status, if it changes: in-progress, fulfilled or withdrawn.</summary>
        [OneOf(typeof(PledgeVocabulary), nameof(PledgeVocabulary.Statuses))]
        public string? Status { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/{id:guid}/progress", async Task<Ok<PledgeOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ReportPledgeProgress report, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        
            Versioning.OkWithETag(response, await report.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct))).WithName("ReportPledgeProgress").WithSummary("Add a dated progress note, optionally moving the status on (send If-Match)")
            .ProducesVersionProblems();

    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var pledge = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        pledge.EnsureOpen();
        if (OneOfAttribute.Canonical(input.Status, PledgeVocabulary.Statuses) is { } status)
        {
            pledge.MoveTo(status);
        }
        db.Set<PledgeProgress>().Add(new PledgeProgress
        {
            PledgeId = pledge.Id,
            Date = input.Date!.Value,
            Note = input.Note!.Trim(),
            Status = pledge.Status,
            At = history.Now,
            Actor = actor.Name,
        });
        await history.SaveAsync(pledge, MakePledge.Kind, () => PledgeOutput.From(pledge), "progress", reason: null, cancellationToken);
        return await queries.GetAsync(id, user, cancellationToken);
    }
}
