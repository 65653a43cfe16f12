using Marrakesh.Modules.Instruments;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.States;

/// <summary>A State as the API shows it.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="M49">UN M49 numeric code, three digits.</param>
/// <param name="Name">UN short name in English.</param>
/// <param name="Names">The name in the six UN languages (null where not yet translated).</param>
/// <param name="Region">M49 region.</param>
/// <param name="SubRegion">M49 sub-region.</param>
/// <param name="IntermediateRegion">M49 intermediate region, where there is one.</param>
/// <param name="Groupings">Grouping codes: oecd, eu, au.</param>
/// <param name="RegionalCommissions">UN regional commissions: ECA, ECE, ECLAC, ESCAP, ESCWA.</param>
/// <param name="UnMember">False for the observer States (Holy See, State of Palestine).</param>
/// <param name="GaVote">Vote on A/RES/73/195 (19 Dec 2018): yes, no, abstain, absent; null for observers.</param>
public sealed record StateOutput(
    string Iso3, string Iso2, string M49, string Name, LocalizedTextOutput Names, string Region, string SubRegion,
    string? IntermediateRegion, IReadOnlyList<string> Groupings, IReadOnlyList<string> RegionalCommissions,
    bool UnMember, string? GaVote)
{
    /// <summary>The State with its vote taken from the recorded vote rows (the Instruments module holds the one record).</summary>
    public static StateOutput From(State s, IReadOnlyDictionary<string, string> votes) => new(
        s.Iso3, s.Iso2, s.M49, s.Name.En, s.Name.ToOutput(), s.Region, s.SubRegion, s.IntermediateRegion,
        s.Groupings, s.RegionalCommissions, s.UnMember, votes.GetValueOrDefault(s.Iso3));
}

internal static class StatesApi
{
    public static void MapStatesApi(this RouteGroupBuilder api)
    {
        var states = api.MapGroup("/states").WithTags("States").CacheOutput(ReferenceCache.Policy).Conditional(ReferenceCache.Policy)
            .RequireRateLimiting(OpenDataLimits.Policy);
        states.MapGet("/", ListStates).WithName("ListStates")
            .WithSummary("States, filtered by M49 region, sub-region or grouping")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        states.MapGet("/{iso3}", GetState).WithName("GetState")
            .WithSummary("One State by ISO 3166-1 alpha-3 code (any case)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="region">M49 region, e.g. Africa.</param>
    /// <param name="subRegion">M49 sub-region, e.g. Northern Africa.</param>
    /// <param name="grouping">oecd, eu or au.</param>
    /// <param name="sort">name (default), iso3, m49, region or subRegion.</param>
    /// <param name="queries">(service)</param>
    /// <param name="instruments">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<StateOutput>>> ListStates(
        string? region, string? subRegion, string? grouping, string? sort, StateQueries queries, InstrumentsContract instruments, CancellationToken ct)
    {
        var states = await queries.ListAsync(new StateFilter(region, subRegion, grouping, sort), ct);
        var votes = await instruments.VotesAsync(InstrumentsContract.CompactResolution, ct);
        return TypedResults.Ok(ListOutput<StateOutput>.Of([.. states.Select(s => StateOutput.From(s, votes))]));
    }

    private static async Task<Ok<StateOutput>> GetState(string iso3, StateQueries queries, InstrumentsContract instruments, CancellationToken ct) =>
        TypedResults.Ok(StateOutput.From(await queries.GetAsync(iso3, ct), await instruments.VotesAsync(InstrumentsContract.CompactResolution, ct)));
}
