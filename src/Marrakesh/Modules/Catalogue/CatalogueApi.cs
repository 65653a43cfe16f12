using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Catalogue;

/// <summary>An objective of the Compact.</summary>
/// <param name="Number">1 to 23, as numbered in A/RES/73/195.</param>
/// <param name="Key">Stable kebab-case key.</param>
/// <param name="ShortName">Short label used across the UN Network's tools.</param>
/// <param name="Title">The objective's full title.</param>
/// <param name="Summary">One line in plain words.</param>
/// <param name="ActionsCount">How many lettered actions the objective lists.</param>
/// <param name="Actions">The action letters, a to the last one.</param>
/// <param name="ShortNames">The short name in the six UN languages (null where not yet translated).</param>
public sealed record ObjectiveOutput(
    int Number, string Key, string ShortName, string Title, string Summary, int ActionsCount,
    IReadOnlyList<string> Actions, LocalizedTextOutput ShortNames)
{
    public static ObjectiveOutput From(Objective o) => new(
        o.Number, o.Key, o.ShortName.En, o.Title.En, o.Summary.En, o.ActionsCount,
        [.. o.ActionLetters.Select(c => c.ToString())], o.ShortName.ToOutput());
}

/// <summary>A guiding principle of the Compact.</summary>
/// <param name="Key">Kebab-case key, e.g. whole-of-society.</param>
/// <param name="Letter">The letter of para 15 that states it.</param>
/// <param name="Name">The principle's name.</param>
/// <param name="Summary">One line in plain words.</param>
public sealed record PrincipleOutput(string Key, string Letter, string Name, string Summary)
{
    public static PrincipleOutput From(GuidingPrinciple p) => new(p.Key, p.Letter, p.Name.En, p.Summary.En);
}

internal static class CatalogueApi
{
    public static void MapCatalogueApi(this RouteGroupBuilder api)
    {
        var objectives = api.MapGroup("/objectives").WithTags("Catalogue").CacheOutput(ReferenceCache.Policy).Conditional(ReferenceCache.Policy)
            .RequireRateLimiting(OpenDataLimits.Policy);
        objectives.MapGet("/", ListObjectives).WithName("ListObjectives").WithSummary("The 23 objectives");
        objectives.MapGet("/{number}", GetObjective).WithName("GetObjective").WithSummary("One objective by number")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/principles", ListPrinciples).WithTags("Catalogue").CacheOutput(ReferenceCache.Policy).Conditional(ReferenceCache.Policy)
            .RequireRateLimiting(OpenDataLimits.Policy)
            .WithName("ListPrinciples").WithSummary("The 10 guiding principles");
    }

    private static async Task<Ok<ListOutput<ObjectiveOutput>>> ListObjectives(CatalogueQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ObjectiveOutput>.Of([.. (await queries.ObjectivesAsync(ct)).Select(ObjectiveOutput.From)]));

    private static async Task<Ok<ObjectiveOutput>> GetObjective(string number, CatalogueQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ObjectiveOutput.From(await queries.ObjectiveAsync(CatalogueQueries.ParseObjectiveNumber(number, "number"), ct)));

    private static async Task<Ok<ListOutput<PrincipleOutput>>> ListPrinciples(CatalogueQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<PrincipleOutput>.Of([.. (await queries.PrinciplesAsync(ct)).Select(PrincipleOutput.From)]));
}
