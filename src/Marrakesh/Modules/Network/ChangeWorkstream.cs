using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat changes a workstream (with If-Match); the earlier version stays in its history.</summary>
public sealed class ChangeWorkstream(AppDbContext db, InputValidator validator, RecordHistory history, NetworkContract network)
{
    /// <summary>What changes (only the fields sent), and why.</summary>
    public sealed record Input : WorkstreamFields
    {
        /// <summary>Why it changes, kept in the history (at most 1,000 characters).</summary>
        [TextLength(NetworkVocabulary.NoteMax, MultiLine = true)]
        public string? Reason { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/workstreams/{id:guid}", async Task<Ok<WorkstreamOutput>> (
            Guid id, Input input, ChangeWorkstream change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await change.ExecuteAsync(id, Versioning.ExpectedVersion(request), input, ct)))
            .WithName("ChangeNetworkWorkstream").WithSummary("Change a workstream (secretariat; send If-Match)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesVersionProblems();

    public async Task<WorkstreamOutput> ExecuteAsync(Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var workstream = await db.Set<NetworkWorkstream>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw new NotFoundException("The Network has no workstream with this id.");
        Versioning.Check(expectedVersion, workstream.Version);
        await input.ApplyToAsync(workstream, db, network, cancellationToken);
        await history.SaveAsync(workstream, NetworkVocabulary.WorkstreamKind, () => WorkstreamOutput.From(workstream), "updated",
            NetworkRules.Blank(input.Reason), cancellationToken);
        return WorkstreamOutput.From(workstream);
    }
}
