using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat records a member of the Network that the platform does not know yet (the record verifies only the Executive Committee).</summary>
public sealed class AddNetworkMember(AppDbContext db, InputValidator validator, RecordHistory history)
{
    /// <summary>A new member: acronym, name and source are required.</summary>
    public sealed record Input : NetworkMemberFields, ICreatingInput
    {
        /// <summary>The entity's acronym, e.g. UNFPA (2 to 20 letters, digits or hyphens); fund programmes and hub offers name it so.</summary>
        [RequiredField, MemberAcronym, TextLength(NetworkVocabulary.AcronymMax)]
        public string? Acronym { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/members", async Task<Created<NetworkMemberOutput>> (Input input, AddNetworkMember add, HttpResponse response, CancellationToken ct) =>
        {
            var member = await add.ExecuteAsync(input, ct);
            response.Headers.ETag = Platform.Web.Versioning.ETagOf(member.Version);
            return TypedResults.Created($"/api/network/members/{member.Acronym}", member);
        }).WithName("AddNetworkMember").WithSummary("Record a member of the UN Network on Migration (secretariat)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<NetworkMemberOutput> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var acronym = input.Acronym!.Trim().ToUpperInvariant();
        if (await db.Set<NetworkMember>().AnyAsync(m => m.Acronym == acronym, cancellationToken))
        {
            throw new DomainRuleException($"{acronym} is already recorded as a member; change it with PATCH /api/network/members/{acronym}.", "acronym");
        }
        var member = new NetworkMember
        {
            Id = Guid.NewGuid(), Acronym = acronym, Name = input.Name!.Trim(), Role = "member", Source = input.Source!.Trim(),
        };
        input.ApplyTo(member);
        db.Add(member);
        await history.SaveAsync(member, NetworkVocabulary.MemberKind, () => NetworkMemberOutput.From(member), "created", reason: null, cancellationToken);
        return NetworkMemberOutput.From(member);
    }
}
