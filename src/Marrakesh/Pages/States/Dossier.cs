using System.Security.Claims;
using System.Text;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Text;

namespace Marrakesh.Pages.States;

/// <summary>
/// Everything the platform knows about one State, objective by objective: its plan, the pledges it made or
/// that concern it, and what its reviews said. Later modules (practices, hub, fund, data) add their part here.
/// </summary>
public sealed record Dossier(string Iso3, string StateName, IReadOnlyList<DossierObjective> Objectives)
{
    public static async Task<Dossier?> BuildAsync(
        string iso3, ClaimsPrincipal user, StateQueries states, CatalogueQueries catalogue, CommitmentQueries commitments,
        PledgeQueries pledges, ReviewQueries reviews, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(iso3, cancellationToken);
        if (state is null)
        {
            return null;
        }
        var plan = await commitments.ListAsync(new CommitmentFilter(State: state.Iso3), user, cancellationToken);
        var statePledges = await pledges.ListAsync(new PledgeFilter(State: state.Iso3), cancellationToken);
        var stateReviews = await reviews.ForStateAsync(state.Iso3, user, cancellationToken);
        var objectives = (await catalogue.ObjectivesAsync(cancellationToken)).Select(o => new DossierObjective(
            o.Number,
            o.ShortName.En,
            [.. plan.Where(c => c.Objective == o.Number).Select(CommitmentOutput.From)],
            [.. statePledges.Where(p => p.Objectives.Contains(o.Number))],
            [.. stateReviews.SelectMany(r => r.Sections.Where(s => s.Objective == o.Number).Select(s => (r.Cycle, s)))]));
        return new Dossier(state.Iso3, state.Name.En, [.. objectives]);
    }

    /// <summary>
    /// The dossier as Markdown: a first draft of the State's next review, one heading per objective. What people wrote
    /// is written as literal text (<see cref="MarkdownText"/>), so no stored value passes raw HTML or links on.
    /// </summary>
    public string ToMarkdown(DateTime generatedAt)
    {
        var md = new StringBuilder();
        md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"# {StateName}: draft for the next review");
        md.AppendLine();
        md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Compiled by Marrakesh on {generatedAt:yyyy-MM-dd} from the State's plan, pledges and earlier reviews. Edit freely.");
        foreach (var o in Objectives)
        {
            md.AppendLine();
            md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"## Objective {o.Number}: {o.ShortName}");
            md.AppendLine();
            if (!o.HasContent)
            {
                md.AppendLine("_Nothing on record yet._");
                continue;
            }
            foreach (var c in o.Commitments)
            {
                md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- Commitment ({c.Status}{(c.Published ? "" : ", draft")}): {MarkdownText.Literal(c.Description)}");
            }
            foreach (var p in o.Pledges)
            {
                md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- Pledge by {MarkdownText.Literal(p.ActorName)} ({p.Form}, {p.Status})");
            }
            foreach (var (cycle, s) in o.Sections)
            {
                md.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- Reported in {cycle} ({s.Status}): {MarkdownText.Literal(s.Narrative)}");
            }
        }
        return md.ToString();
    }
}

/// <summary>What the dossier holds for one objective.</summary>
public sealed record DossierObjective(
    int Number, string ShortName, IReadOnlyList<CommitmentOutput> Commitments, IReadOnlyList<PledgeOutput> Pledges,
    IReadOnlyList<(string Cycle, SectionOutput Section)> Sections)
{
    public bool HasContent => Commitments.Count > 0 || Pledges.Count > 0 || Sections.Count > 0;
}

/// <summary>Serves the dossier as a Markdown file to start the State's next review from.</summary>
internal static class DossierExport
{
    public static void MapDossierExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/states/{iso3}/dossier.md", async (string iso3, HttpContext http, StateQueries states, CatalogueQueries catalogue,
            CommitmentQueries commitments, PledgeQueries pledges, ReviewQueries reviews, TimeProvider clock, CancellationToken ct) =>
        {
            var dossier = await Dossier.BuildAsync(iso3, http.User, states, catalogue, commitments, pledges, reviews, ct);
            return dossier is null
                ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(dossier.ToMarkdown(clock.GetUtcNow().UtcDateTime)),
                    "text/markdown; charset=utf-8", $"{dossier.Iso3.ToLowerInvariant()}-dossier.md");
        }).ExcludeFromDescription().RequireRateLimiting(OpenDataLimits.Policy);
}
