using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Objectives;

public sealed class DetailModel(CatalogueQueries catalogue, CommitmentQueries commitments, PledgeQueries pledges, ReviewQueries reviews, StateQueries states, PracticeQueries practices) : PageModel
{
    public IReadOnlyList<PracticeSummaryOutput> Practices { get; private set; } = [];
    public IReadOnlyList<(string State, string Cycle, SectionOutput Section)> ReviewSections { get; private set; } = [];
    public int PledgesCount { get; private set; }
    public Objective Objective { get; private set; } = null!;
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];
    public IReadOnlyDictionary<string, string> StateNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Objectives 1–23 are set out in paragraphs 17–39 of the Compact.</summary>
    public int Paragraph => Objective.Number + 16;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        var objective = await catalogue.FindObjectiveAsync(number, cancellationToken);
        if (objective is null)
        {
            return NotFound();
        }
        Objective = objective;
        var anonymous = new System.Security.Claims.ClaimsPrincipal(); // the public record only
        Commitments = await commitments.ListAsync(new CommitmentFilter(Objective: number.ToString(System.Globalization.CultureInfo.InvariantCulture)), anonymous, cancellationToken);
        PledgesCount = await pledges.CountAsync(new PledgeFilter(Objective: number.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        ReviewSections = await reviews.PublishedSectionsOnAsync(number, cancellationToken);
        Practices = (await practices.PublishedAsync(new PracticeFilter(Objective: number.ToString(System.Globalization.CultureInfo.InvariantCulture)), 10, cancellationToken)).Items;
        if (Commitments.Count > 0 || ReviewSections.Count > 0)
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture;
            StateNames = (await states.ListAsync(new StateFilter(), cancellationToken)).ToDictionary(s => s.Iso3, s => s.Name.In(culture));
        }
        return Page();
    }
}
