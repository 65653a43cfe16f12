using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat corrects or completes a member's entry (with If-Match); the earlier version stays in its history.</summary>
public sealed class ChangeNetworkMember(AppDbContext db, InputValidator validator, RecordHistory history)
{
    /// <summary>What changes (only the fields sent), and why.</summary>
    public sealed record Input : NetworkMemberFields
    {
        /// <summary>Why it changes, kept in the history (at most 1,000 characters).</summary>
        [TextLength(NetworkVocabulary.NoteMax, MultiLine = true)]
        public string? Reason { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/members/{acronym}", async Task<Ok<NetworkMemberOutput>> (
            string acronym, Input input, ChangeNetworkMember change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var member = await change.ExecuteAsync(acronym, Versioning.ExpectedVersion(request), input, ct);
            return Versioning.OkWithETag(response, member);
        }).WithName("ChangeNetworkMember").WithSummary("Correct or complete a member's entry (secretariat; send If-Match)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesVersionProblems();

    public async Task<NetworkMemberOutput> ExecuteAsync(string acronym, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var key = acronym.Trim().ToUpperInvariant();
        var member = await db.Set<NetworkMember>().FirstOrDefaultAsync(m => m.Acronym == key, cancellationToken)
            ?? throw new NotFoundException($"The platform records no Network member with the acronym '{acronym}'.");
        Versioning.Check(expectedVersion, member.Version);
        input.ApplyTo(member);
        // From now on the entry is the secretariat's: the reference refresh no longer overwrites it.
        member.FromReference = false;
        await history.SaveAsync(member, NetworkVocabulary.MemberKind, () => NetworkMemberOutput.From(member), "updated",
            NetworkRules.Blank(input.Reason), cancellationToken);
        return NetworkMemberOutput.From(member);
    }
}
