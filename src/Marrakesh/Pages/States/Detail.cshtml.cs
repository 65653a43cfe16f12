using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Instruments;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Network;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.States;

public sealed class DetailModel(StateQueries states, CommitmentQueries commitments, ReviewQueries reviews, PracticeQueries practices, InstrumentQueries instruments, InstrumentsContract votes, NetworkContract network, TimeProvider clock) : PageModel
{
    /// <summary>The State's vote on A/RES/73/195, from the vote rows; null for observer States.</summary>
    public string? Vote { get; private set; }
    /// <summary>What the sources say of the State at Marrakesh; "unknown" where none does.</summary>
    public string MarrakeshStatus { get; private set; } = "unknown";
    public IReadOnlyList<PositionOutput> Positions { get; private set; } = [];
    public NetworkContract.StateParticipation Participation { get; private set; } = null!;
    public IReadOnlyList<PracticeSummaryOutput> Practices { get; private set; } = [];
    public State State { get; private set; } = null!;
    public IReadOnlyList<(ReviewCycle Cycle, string? Status, Guid? ReviewId)> ReviewsDue { get; private set; } = [];
    public int PublishedCommitments { get; private set; }

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(iso3, cancellationToken);
        if (state is null)
        {
            return NotFound();
        }
        if (state.Iso3 != iso3)
        {
            return RedirectToPagePermanent("/States/Detail", new { iso3 = state.Iso3 });
        }
        State = state;
        // The public count: drafts are not part of the public record.
        // This year's and later cycles: what the State is due to report to.
        ReviewsDue = await reviews.DueForStateAsync(state.Iso3, state.RegionalCommissions, clock.GetUtcNow().Year, User, cancellationToken);
        PublishedCommitments = (await commitments.ListAsync(new CommitmentFilter(State: state.Iso3), new System.Security.Claims.ClaimsPrincipal(), cancellationToken)).Count;
        Vote = await votes.VoteOfAsync(InstrumentsContract.CompactResolution, state.Iso3, cancellationToken);
        MarrakeshStatus = InstrumentsContract.MarrakeshStatusOf(await votes.MarrakeshStatusesAsync(cancellationToken), state.Iso3);
        Positions = await instruments.StatePositionsAsync(state.Iso3, User, cancellationToken);
        Participation = await network.ParticipationOfAsync(state.Iso3, cancellationToken);
        Practices = (await practices.PublishedAsync(new PracticeFilter(Country: state.Iso3), 10, cancellationToken)).Items;
        return Page();
    }
}
