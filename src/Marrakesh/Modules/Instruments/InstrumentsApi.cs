using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// Instruments, positions, votes and the Marrakesh record. Positions change when the secretariat records or corrects
/// one, so these answers are not served from the reference cache.
/// </summary>
internal static class InstrumentsApi
{
    public static void MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("").WithTags("Instruments and votes").RequireRateLimiting(OpenDataLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        open.MapGet("/instruments", List).WithName("ListInstruments")
            .WithSummary("Instruments with their party counts on a date (asOf, default today), computed from the positions");
        open.MapGet("/instruments.csv", ListCsv).WithName("ListInstrumentsCsv").WithSummary("The same list as CSV").Produces<string>(contentType: "text/csv");
        open.MapGet("/instruments/{key}", Get).WithName("GetInstrument")
            .WithSummary("One instrument: partyCount on a date (asOf) computed from the rows, beside the count a source states")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/instruments/{key}/positions", Positions).WithName("ListInstrumentPositions")
            .WithSummary("The States' positions on an instrument; asOf keeps acts certainly done by then, history=true adds superseded rows")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/instruments/{key}/positions.csv", PositionsCsv).WithName("ListInstrumentPositionsCsv")
            .WithSummary("The same positions as CSV").Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/instruments/{key}/positions/{id:long}/history", History).WithName("GetPositionHistory")
            .WithSummary("A position with the rows it corrects and that correct it, oldest first").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/states/{iso3}/positions", StatePositions).WithName("ListStatePositions")
            .WithSummary("A State's positions on every instrument").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/states/{iso3}/positions.csv", StatePositionsCsv).WithName("ListStatePositionsCsv")
            .WithSummary("The same positions as CSV").Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/votes/{resolution}", Vote).WithName("GetVote")
            .WithSummary("A recorded General Assembly vote State by State (e.g. A-RES-73-195), totals counted from the rows")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/votes/{resolution}.csv", VoteCsv).WithName("GetVoteCsv").WithSummary("The same vote as CSV")
            .Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/adoptions/marrakesh", Marrakesh).WithName("GetMarrakeshAdoption")
            .WithSummary("The Marrakesh conference's adoption record: sourced rows, every other State unknown, the stated total beside them");
        open.MapGet("/adoptions/marrakesh.csv", MarrakeshCsv).WithName("GetMarrakeshAdoptionCsv").WithSummary("The same record as CSV")
            .Produces<string>(contentType: "text/csv");

        var writes = api.MapGroup("/instruments").WithTags("Instruments and votes").RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        RecordPosition.Map(writes);
        CorrectPosition.Map(writes);
    }

    /// <param name="asOf">The date to count parties for (yyyy-MM-dd); today when left out.</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<InstrumentOutput>>> List(string? asOf, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<InstrumentOutput>.Of(await queries.ListAsync(asOf, ct)));

    /// <param name="asOf">The date to count parties for (yyyy-MM-dd); today when left out.</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<FileContentHttpResult> ListCsv(string? asOf, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.File(InstrumentsCsv.Instruments(await queries.ListAsync(asOf, ct)), InstrumentsCsv.ContentType, "instruments.csv");

    /// <param name="key">The instrument's key, e.g. icrmw.</param>
    /// <param name="asOf">The date to count parties for (yyyy-MM-dd), e.g. 2018-12-19; today when left out.</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<InstrumentOutput>> Get(string key, string? asOf, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAsync(key, asOf, ct));

    /// <param name="key">The instrument's key.</param>
    /// <param name="asOf">Only acts that certainly took place by this date (yyyy-MM-dd).</param>
    /// <param name="history">true to include superseded rows.</param>
    /// <param name="user">(caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<PositionOutput>>> Positions(string key, string? asOf, bool? history, ClaimsPrincipal user, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<PositionOutput>.Of(await queries.PositionsAsync(key, asOf, history == true, user, ct)));

    /// <param name="key">The instrument's key.</param>
    /// <param name="asOf">Only acts that certainly took place by this date (yyyy-MM-dd).</param>
    /// <param name="history">true to include superseded rows.</param>
    /// <param name="user">(caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<FileContentHttpResult> PositionsCsv(string key, string? asOf, bool? history, ClaimsPrincipal user, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.File(InstrumentsCsv.Positions(await queries.PositionsAsync(key, asOf, history == true, user, ct)), InstrumentsCsv.ContentType, $"{key}-positions.csv");

    private static async Task<Ok<ListOutput<PositionOutput>>> History(string key, long id, ClaimsPrincipal user, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<PositionOutput>.Of(await queries.CorrectionChainAsync(key, id, user, ct)));

    private static async Task<Ok<ListOutput<PositionOutput>>> StatePositions(string iso3, ClaimsPrincipal user, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<PositionOutput>.Of(await queries.StatePositionsAsync(iso3, user, ct)));

    private static async Task<FileContentHttpResult> StatePositionsCsv(string iso3, ClaimsPrincipal user, InstrumentQueries queries, CancellationToken ct) =>
        TypedResults.File(InstrumentsCsv.Positions(await queries.StatePositionsAsync(iso3, user, ct)), InstrumentsCsv.ContentType, "positions.csv");

    private static async Task<Ok<VoteOutput>> Vote(string resolution, VoteQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VoteAsync(resolution, ct));

    private static async Task<FileContentHttpResult> VoteCsv(string resolution, VoteQueries queries, CancellationToken ct)
    {
        var vote = await queries.VoteAsync(resolution, ct);
        return TypedResults.File(InstrumentsCsv.Votes(vote), InstrumentsCsv.ContentType, $"{vote.Slug}.csv");
    }

    private static async Task<Ok<AdoptionOutput>> Marrakesh(VoteQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MarrakeshAsync(ct));

    private static async Task<FileContentHttpResult> MarrakeshCsv(VoteQueries queries, CancellationToken ct) =>
        TypedResults.File(InstrumentsCsv.Adoption(await queries.MarrakeshAsync(ct)), InstrumentsCsv.ContentType, "marrakesh-adoption.csv");
}
