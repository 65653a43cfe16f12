namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// A practice's fields. To submit, title, summary, body and at least one objective are required. To edit, send only
/// what changes.
/// </summary>
/// <param name="Title">A short title, up to 200 characters.</param>
/// <param name="Summary">What the practice is and why it worked, in plain text, up to 1,000 characters.</param>
/// <param name="Body">The full account in Markdown (up to 50,000 characters). Raw HTML is shown as text; script, event handlers and javascript: links are refused.</param>
/// <param name="Language">The language it is written in: ar, zh, en, fr, ru or es (guessed from the script when left out).</param>
/// <param name="Countries">Countries where it was carried out (ISO3).</param>
/// <param name="Objectives">Objective numbers it serves (at least one).</param>
/// <param name="Principles">Guiding-principle keys, e.g. whole-of-society.</param>
/// <param name="Organisation">The organisation that carried it out. A stakeholder submits for its own organisation, a focal point for its State.</param>
/// <param name="OrganisationType">government, un-entity, civil-society, private-sector, local-authority, academia, diaspora-organisation, migrant-organisation, trade-union or other.</param>
/// <param name="PeriodStart">When it started (yyyy-mm-dd).</param>
/// <param name="PeriodEnd">When it ended, if it has (yyyy-mm-dd).</param>
/// <param name="Links">Up to 10 web addresses (https:// or http://) with more about it.</param>
public sealed record PracticeInput(
    string? Title = null, string? Summary = null, string? Body = null, string? Language = null,
    List<string>? Countries = null, List<int>? Objectives = null, List<string>? Principles = null,
    string? Organisation = null, string? OrganisationType = null, DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null,
    List<string>? Links = null);

/// <summary>A secretariat's review decision on a practice.</summary>
/// <param name="Decision">start-review, request-changes, publish or reject.</param>
/// <param name="Comment">For the author; required to request changes or to reject (up to 2,000 characters).</param>
public sealed record PracticeReviewInput(string? Decision, string? Comment = null);
