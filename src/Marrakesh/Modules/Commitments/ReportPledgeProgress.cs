using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>The owner adds a dated progress note and, if it says so, moves the pledge on.</summary>
public sealed class ReportPledgeProgress(AppDbContext db, PledgeAccess access, RecordHistory history, IAuditActor actor, PledgeQueries queries)
{
    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, PledgeProgressInput input, CancellationToken cancellationToken)
    {
        var date = input.Date ?? throw new InvalidInputException("date", "Give the date the note speaks of (yyyy-mm-dd).");
        if (date > DateOnly.FromDateTime(history.Now))
        {
            throw new InvalidInputException("date", "Progress is reported for today or earlier.");
        }
        var note = InputText.Trimmed(input.Note, "note", PledgeRules.NoteMax)
            ?? throw new InvalidInputException("note", "Say what happened.");
        var status = input.Status is null ? null : PledgeRules.OneOf(input.Status, PledgeVocabulary.Statuses, "status");
        var pledge = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        pledge.EnsureOpen();
        if (status is not null)
        {
            pledge.MoveTo(status);
        }
        db.Set<PledgeProgress>().Add(new PledgeProgress
        {
            PledgeId = pledge.Id,
            Date = date,
            Note = note,
            Status = pledge.Status,
            At = history.Now,
            Actor = actor.Name,
        });
        await history.SaveAsync(pledge, MakePledge.Kind, () => PledgeOutput.From(pledge), "progress", reason: null, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }
}
