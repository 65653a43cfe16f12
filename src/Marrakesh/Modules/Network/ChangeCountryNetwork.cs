using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat changes a regional or country network (with If-Match); the earlier version stays in its history.</summary>
public sealed class ChangeCountryNetwork(AppDbContext db, InputValidator validator, RecordHistory history, NetworkContract network)
{
    /// <summary>What changes (only the fields sent), and why.</summary>
    public sealed record Input : CountryNetworkFields
    {
        /// <summary>Why it changes, kept in the history (at most 1,000 characters).</summary>
        [TextLength(NetworkVocabulary.NoteMax, MultiLine = true)]
        public string? Reason { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/country-networks/{id:guid}", async Task<Ok<CountryNetworkOutput>> (
            Guid id, Input input, ChangeCountryNetwork change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await change.ExecuteAsync(id, Versioning.ExpectedVersion(request), input, ct)))
            .WithName("ChangeCountryNetwork").WithSummary("Change a regional or country network (secretariat; send If-Match)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesVersionProblems();

    public async Task<CountryNetworkOutput> ExecuteAsync(Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var changed = await db.Set<CountryNetwork>().FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("The Network has no regional or country network with this id.");
        Versioning.Check(expectedVersion, changed.Version);
        await input.ApplyToAsync(changed, db, network, cancellationToken);
        await history.SaveAsync(changed, NetworkVocabulary.CountryNetworkKind, () => CountryNetworkOutput.From(changed), "updated",
            NetworkRules.Blank(input.Reason), cancellationToken);
        return CountryNetworkOutput.From(changed);
    }
}
