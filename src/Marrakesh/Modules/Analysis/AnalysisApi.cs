using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Analysis;

internal static class AnalysisApi
{
    public static void MapAnalysisApi(this RouteGroupBuilder api)
    {
        var analysis = api.MapGroup("/analysis").WithTags("Analysis");
        var open = analysis.MapGroup("").CacheOutput(Datasets.DatasetsContract.CachePolicy).RequireRateLimiting(OpenDataLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapGet("/profiles", Profiles).WithName("ListMigrationProfiles")
            .WithSummary("Each State's immigrant and emigrant shares, net position and label for a revision and year, every figure traced to its import");
        open.MapGet("/profiles.csv", ProfilesCsv).WithName("ListMigrationProfilesCsv").WithSummary("The same profiles as CSV")
            .Produces<string>(contentType: "text/csv");
        open.MapGet("/fault-line", FaultLineRows).WithName("GetFaultLine")
            .WithSummary("Immigrant and emigrant shares beside the vote on A/RES/73/195, OECD/EU/AU membership and the 1990 Convention");
        open.MapGet("/fault-line.csv", FaultLineCsv).WithName("GetFaultLineCsv").WithSummary("The same rows as CSV").Produces<string>(contentType: "text/csv");

        var claims = analysis.MapGroup("/claims");
        claims.MapGet("", async Task<Ok<ListOutput<ClaimOutput>>> (ClaimQueries queries, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<ClaimOutput>.Of(await queries.ListAsync(ct))))
            .WithName("ListClaims").WithSummary("Every claim with its verdict, the States that decide it, the facts' dates and sources")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        claims.MapGet("/{id}", async Task<Ok<ClaimOutput>> (string id, ClaimQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.GetAsync(id, ct)))
            .WithName("GetClaim").WithSummary("A claim with its verdict (holds, holds-except, fails, unknown), holds and breaks (ISO3), asOf and sources")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        AddClaim.Map(claims);
    }

    /// <param name="revision">The migrant-stock revision (e.g. Rev.2020); the latest by default.</param>
    /// <param name="year">The year of the figures; the revision's latest by default.</param>
    /// <param name="immigrantThreshold">Immigrant share in percent (0–100) from which a State is a destination; default 8.</param>
    /// <param name="emigrantThreshold">Emigrant share in percent (0–100) from which a State is an origin; default 8.</param>
    /// <param name="profiles">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ProfilesOutput>> Profiles(string? revision, string? year, string? immigrantThreshold, string? emigrantThreshold,
        MigrationProfiles profiles, CancellationToken ct) =>
        TypedResults.Ok(await profiles.ExecuteAsync(new(revision, year, immigrantThreshold, emigrantThreshold), ct));

    private static async Task<FileContentHttpResult> ProfilesCsv(string? revision, string? year, string? immigrantThreshold, string? emigrantThreshold,
        MigrationProfiles profiles, CancellationToken ct) =>
        TypedResults.File(AnalysisCsv.Profiles(await profiles.ExecuteAsync(new(revision, year, immigrantThreshold, emigrantThreshold), ct)),
            AnalysisCsv.MediaType, "migration-profiles.csv");

    /// <param name="revision">The migrant-stock revision; the latest by default.</param>
    /// <param name="year">The year of the figures; the latest by default.</param>
    /// <param name="immigrantThreshold">Immigrant share in percent for the destination label; default 8.</param>
    /// <param name="emigrantThreshold">Emigrant share in percent for the origin label; default 8.</param>
    /// <param name="line">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<FaultLineOutput>> FaultLineRows(string? revision, string? year, string? immigrantThreshold, string? emigrantThreshold,
        FaultLine line, CancellationToken ct) =>
        TypedResults.Ok(await line.ExecuteAsync(new(revision, year, immigrantThreshold, emigrantThreshold), ct));

    private static async Task<FileContentHttpResult> FaultLineCsv(string? revision, string? year, string? immigrantThreshold, string? emigrantThreshold,
        FaultLine line, CancellationToken ct) =>
        TypedResults.File(AnalysisCsv.FaultLine(await line.ExecuteAsync(new(revision, year, immigrantThreshold, emigrantThreshold), ct)),
            AnalysisCsv.MediaType, "fault-line.csv");
}
