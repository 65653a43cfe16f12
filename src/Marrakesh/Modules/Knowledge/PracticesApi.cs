using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Knowledge;

internal static class PracticesApi
{
    public static void MapPracticesApi(this RouteGroupBuilder api)
    {
        var practices = api.MapGroup("/practices").WithTags("Practices");
        practices.MapGet("/", List).WithName("ListPractices")
            .WithSummary("Published practices, newest first, by objective, principle, region, country or organisation type; in pages")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status400BadRequest);
        practices.MapGet("/{id:guid}", Get).WithName("GetPractice")
            .WithSummary("One practice with its rendered body, review steps and attachments; its ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        practices.MapGet("/{id:guid}/versions", Versions).WithName("ListPracticeVersions").WithSummary("Every version of a practice, with who and when (its authors and the secretariat)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        practices.MapGet("/{id:guid}/attachments/{number:int}", Download).WithName("GetPracticeAttachment").WithSummary("An attached PDF, as a download")
            .Produces<Stream>(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = practices.MapGroup("").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        SubmitPractice.Map(writes);
        EditPractice.Map(writes);
        AttachToPractice.Map(writes);
        ReviewPractice.Map(practices);
    }

    /// <param name="objective">Objective number.</param>
    /// <param name="principle">Guiding-principle key.</param>
    /// <param name="region">M49 region: Africa, Americas, Asia, Europe or Oceania.</param>
    /// <param name="country">ISO3 of a country where the practice was carried out.</param>
    /// <param name="organisationType">Kind of organisation, e.g. un-entity.</param>
    /// <param name="status">published by default; authors and the secretariat may list their submitted, in-review, changes-requested or rejected ones.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Practices per page, 1 to 500 (default 100).</param>
    /// <param name="user">(caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<PracticeSummaryOutput>>> List(
        string? objective, string? principle, string? region, string? country, string? organisationType, string? status, string? page, string? pageSize,
        ClaimsPrincipal user, PracticeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(user, new PracticeFilter(objective, principle, region, country, organisationType, status), Paging.From(page, pageSize), ct));

    private static async Task<Ok<PracticeOutput>> Get(Guid id, ClaimsPrincipal user, PracticeQueries queries, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await queries.GetAsync(user, id, ct));

    private static async Task<Ok<ListOutput<VersionOutput>>> Versions(Guid id, ClaimsPrincipal user, PracticeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<VersionOutput>.Of(await queries.VersionsAsync(user, id, ct)));

    private static async Task<FileContentHttpResult> Download(Guid id, int number, ClaimsPrincipal user, PracticeQueries queries, HttpResponse response, CancellationToken ct)
    {
        var (fileName, content) = await queries.AttachmentAsync(user, id, number, ct);
        response.Headers.XContentTypeOptions = "nosniff";
        // Cleaned again: a name stored before bidirectional controls were stripped must not mislead the browser's save dialog.
        return TypedResults.File(content, "application/pdf", AttachToPractice.SafeName(fileName));
    }

    private static Ok<PracticeOutput> WithETag(HttpResponse response, PracticeOutput practice) => Versioning.OkWithETag(response, practice, practice.Version);
}
