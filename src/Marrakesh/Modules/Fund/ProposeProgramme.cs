using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Network;
using Marrakesh.Modules.States;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>Files a joint programme as a concept note, waiting for the steering committee's decision.</summary>
public sealed class ProposeProgramme(IdempotentWrites writes, InputValidator validator, AppDbContext db, TimeProvider clock, IAuditActor actor, NetworkContract network)
{
    /// <summary>A joint programme proposal (concept note).</summary>
    public sealed record Input
    {
        /// <summary>The programme's title (at most 300 characters).</summary>
        [RequiredField, TextLength(300)]
        public string? Title { get; init; }

        /// <summary>What it will do (at most 4,000 characters).</summary>
        [TextLength(4000, MultiLine = true)]
        public string? Summary { get; init; }

        /// <summary>ISO3 codes of the countries it serves (at least one).</summary>
        [RequiredField, StatesContract.State]
        public List<string>? Countries { get; init; }

        /// <summary>The fund's thematic area, 1 to 5.</summary>
        [RequiredField, ThematicAreaNumber]
        public int? ThematicArea { get; init; }

        /// <summary>Compact objectives it serves (at least one).</summary>
        [RequiredField, CatalogueContract.Objective]
        public List<int>? Objectives { get; init; }

        /// <summary>Participating UN organisations (UN Network members, by acronym): at least two.</summary>
        [RequiredField, UnAcronym]
        public List<string>? Organisations { get; init; }

        /// <summary>Budget in USD.</summary>
        [RequiredField, Amount]
        public decimal? BudgetUsd { get; init; }

        /// <summary>Gender equality marker, 0 (none) to 3 (principal objective).</summary>
        [Between(0, FundVocabulary.MarkerMax)]
        public int? GenderMarker { get; init; }

        /// <summary>Human-rights marker, 0 to 3.</summary>
        [Between(0, FundVocabulary.MarkerMax)]
        public int? HumanRightsMarker { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/programmes", async Task<Created<ProgrammeOutput>> (Input input, HttpContext http, ProposeProgramme propose, CancellationToken ct) =>
        {
            var written = await propose.ExecuteAsync(input, hubRequest: null, FundAnswers.KeyOf(http.Request, required: false), ct);
            return FundAnswers.Created(http.Response, written, $"/api/fund/programmes/{written.Output.Id}");
        }).WithName("ProposeProgramme").ReadsIdempotencyKey(required: false).WithSummary("File a joint programme as a concept note. Send Idempotency-Key.");

    /// <param name="input">The proposal.</param>
    /// <param name="hubRequest">The hub request it comes from, if any (the hub calls this within its own transaction).</param>
    /// <param name="idempotencyKey">The caller's key for this request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<Written<ProgrammeOutput>> ExecuteAsync(Input input, Guid? hubRequest, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var organisations = FundRules.Acronyms(input.Organisations);
        if (organisations.Count < 2)
        {
            throw new InvalidInputException("organisations", ValidationText.Get("JointProgramme"));
        }
        // Participating organisations are UN Network members, as the secretariat keeps the membership.
        await network.RequireMembersAsync(organisations, "organisations", cancellationToken);
        return await writes.RunAsync(idempotencyKey, new { input, hubRequest }, async c =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var programme = new Programme
            {
                Id = Guid.NewGuid(),
                Title = input.Title!.Trim(),
                Summary = input.Summary?.Trim() is { Length: > 0 } summary ? summary : null,
                Countries = [.. input.Countries!.Select(s => s.Trim().ToUpperInvariant()).Distinct()],
                ThematicArea = input.ThematicArea!.Value,
                Objectives = [.. input.Objectives!.Distinct().Order()],
                Organisations = organisations,
                BudgetMinor = (long)(input.BudgetUsd!.Value * 100),
                GenderMarker = input.GenderMarker,
                HumanRightsMarker = input.HumanRightsMarker,
                HubRequestId = hubRequest,
                ProposedAt = now,
                ProposedBy = actor.Name,
                UpdatedAt = now,
            };
            db.Add(programme);
            await db.SaveChangesAsync(c);
            return ProgrammeOutput.From(programme);
        }, cancellationToken);
    }
}
