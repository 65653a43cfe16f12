using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Brings the search documents in line with the public record: other modules' data read only through their contracts,
/// and the published practices. On every start after the reference data and on <c>migrate</c> (as an
/// <see cref="IReferenceData"/>) it checks everything but the practices, which the review use case keeps in step as
/// they are published (and <see cref="SearchFreshness"/> keeps pledges, commitments and reviews in step as they
/// change); when the secretariat asks (<c>POST /api/search/reindex</c>) it checks everything. Only documents whose
/// content differs are rewritten (<see cref="SearchEntries.ReplaceAsync"/>).
/// </summary>
public sealed class SearchIndexer(
    AppDbContext db, SearchEntries entries, CatalogueContract catalogue, StatesContract states, CommitmentsContract commitments, ReviewsContract reviews)
    : IReferenceData
{
    public string Name => "search index";

    public Task<int> RefreshAsync(CancellationToken cancellationToken) => RebuildAsync(includePractices: false, cancellationToken);

    public async Task<int> RebuildAsync(bool includePractices, CancellationToken cancellationToken)
    {
        var regions = await states.RegionsAsync(cancellationToken);
        var names = await states.NamesAsync(cancellationToken);
        var all = new List<SearchEntry>();
        all.AddRange((await catalogue.ObjectiveTextsAsync(cancellationToken)).Select(o => new SearchEntry(
            SearchTypes.Objective, Key(o.Number), $"{o.Number}. {o.ShortName}", o.Text, "en", $"/objectives/{o.Number}", [o.Number], [])));
        all.AddRange((await states.StateTextsAsync(cancellationToken)).Select(s => new SearchEntry(
            SearchTypes.State, s.Iso3, s.Name, s.Text, "en", $"/states/{s.Iso3}", [], [s.Region])));
        all.AddRange((await commitments.PledgeTextsAsync(cancellationToken)).Select(p => PledgeEntry(p, regions)));
        all.AddRange((await commitments.PublishedCommitmentTextsAsync(cancellationToken)).Select(c => CommitmentEntry(c, names, regions)));
        all.AddRange((await reviews.PublishedReviewTextsAsync(cancellationToken)).Select(r => ReviewEntry(r, names, regions)));
        if (includePractices)
        {
            var practices = await db.Set<Practice>().AsNoTracking().Where(p => p.Status == PracticeStatus.Published).ToListAsync(cancellationToken);
            all.AddRange(practices.Select(p => PracticeEntry(p, regions)));
        }
        return await entries.ReplaceAsync([.. SearchTypes.All.Where(t => includePractices || t != SearchTypes.Practice)], all, cancellationToken);
    }

    public static SearchEntry PledgeEntry(CommitmentsContract.PledgeText p, IReadOnlyDictionary<string, string> regions) => new(
        SearchTypes.Pledge, p.Id.ToString(), p.ActorName, p.Narrative, SearchText.GuessLanguage(p.Narrative), $"/pledges/{p.Id}", p.Objectives,
        RegionsOf(regions, p.States.Append(p.OwnerState)));

    public static SearchEntry CommitmentEntry(
        CommitmentsContract.CommitmentText c, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> regions) => new(
        SearchTypes.Commitment, c.Id.ToString(), $"{StateName(names, c.State)}: objective {c.Objective}",
        c.LeadInstitution is null ? c.Description : $"{c.Description}\n{c.LeadInstitution}", SearchText.GuessLanguage(c.Description),
        $"/states/{c.State}", [c.Objective], RegionsOf(regions, [c.State]));

    public static SearchEntry ReviewEntry(ReviewsContract.ReviewText r, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> regions) => new(
        SearchTypes.Review, r.Id.ToString(), $"{StateName(names, r.State)}: national review ({r.Cycle})", r.Text, SearchText.GuessLanguage(r.Text),
        $"/national-reviews/{r.Id}", r.Objectives, RegionsOf(regions, [r.State]));

    /// <summary>A published practice as the index holds it.</summary>
    public static SearchEntry PracticeEntry(Practice practice, IReadOnlyDictionary<string, string> regions) => new(
        SearchTypes.Practice, practice.Id.ToString(), practice.Title,
        $"{practice.Summary}\n\n{PracticeMarkdown.ToPlainText(practice.Body).Trim()}\n\n{practice.Organisation}",
        practice.Language, $"/practices/{practice.Id}", practice.Objectives, RegionsOf(regions, practice.Countries));

    private static List<string> RegionsOf(IReadOnlyDictionary<string, string> regions, IEnumerable<string?> states) =>
        [.. states.OfType<string>().Select(s => regions.GetValueOrDefault(s)).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string StateName(IReadOnlyDictionary<string, string> names, string iso3) => names.GetValueOrDefault(iso3) ?? iso3;

    private static string Key(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
