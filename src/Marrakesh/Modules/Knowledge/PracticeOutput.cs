namespace Marrakesh.Modules.Knowledge;

/// <summary>A practice with its rendered body, its review steps and its attachments.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Title.</param>
/// <param name="Summary">Summary (plain text).</param>
/// <param name="Body">The body as written (Markdown).</param>
/// <param name="BodyHtml">The body rendered to sanitised HTML.</param>
/// <param name="Language">Language code.</param>
/// <param name="Countries">Countries (ISO3).</param>
/// <param name="Objectives">Objective numbers.</param>
/// <param name="Principles">Guiding-principle keys.</param>
/// <param name="Organisation">Who carried it out.</param>
/// <param name="OrganisationType">What kind of organisation that is.</param>
/// <param name="PeriodStart">Start.</param>
/// <param name="PeriodEnd">End.</param>
/// <param name="Links">Further reading.</param>
/// <param name="Status">submitted, in-review, changes-requested, published or rejected.</param>
/// <param name="Version">Its version (the ETag).</param>
/// <param name="CreatedAt">Submitted at.</param>
/// <param name="UpdatedAt">Last changed at.</param>
/// <param name="PublishedAt">Published at.</param>
/// <param name="Steps">The review's steps, oldest first, dated and attributed (shown to the authors and the secretariat only).</param>
/// <param name="Attachments">Attached PDFs.</param>
public sealed record PracticeOutput(
    Guid Id, string Title, string Summary, string Body, string BodyHtml, string Language, IReadOnlyList<string> Countries,
    IReadOnlyList<int> Objectives, IReadOnlyList<string> Principles, string Organisation, string OrganisationType,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<string> Links, string Status, int Version,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? PublishedAt, IReadOnlyList<PracticeStepOutput> Steps,
    IReadOnlyList<AttachmentOutput> Attachments)
{
    /// <param name="p">The practice.</param>
    /// <param name="steps">Its review's steps, in any order.</param>
    /// <param name="attachments">Its attachments.</param>
    /// <param name="nameActor">How the reader sees an actor (see <see cref="Accounts.PublicActors"/>: only the secretariat reads emails).</param>
    public static PracticeOutput From(Practice p, IEnumerable<PracticeStep> steps, IEnumerable<AttachmentOutput> attachments, Func<string, string> nameActor) => new(
        p.Id, p.Title, p.Summary, p.Body, PracticeMarkdown.ToSafeHtml(p.Body), p.Language, p.Countries, p.Objectives, p.Principles,
        p.Organisation, p.OrganisationType, p.PeriodStart, p.PeriodEnd, p.Links, p.Status, p.Version, p.CreatedAt, p.UpdatedAt,
        p.PublishedAt, [.. steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new PracticeStepOutput(s.From, s.To, s.Comment, nameActor(s.Actor), s.At))],
        [.. attachments]);
}

/// <summary>A practice in a list: no body.</summary>
public sealed record PracticeSummaryOutput(
    Guid Id, string Title, string Summary, string Language, IReadOnlyList<string> Countries, IReadOnlyList<int> Objectives,
    IReadOnlyList<string> Principles, string Organisation, string OrganisationType, string Status, DateTime CreatedAt, DateTime? PublishedAt)
{
    public static PracticeSummaryOutput From(Practice p) => new(
        p.Id, p.Title, p.Summary, p.Language, p.Countries, p.Objectives, p.Principles, p.Organisation, p.OrganisationType, p.Status,
        p.CreatedAt, p.PublishedAt);
}

/// <summary>One step of a practice's review.</summary>
/// <param name="From">The status before (null for the submission).</param>
/// <param name="To">The status after.</param>
/// <param name="Comment">What the reviewer or author said.</param>
/// <param name="Actor">Who took the step.</param>
/// <param name="At">When.</param>
public sealed record PracticeStepOutput(string? From, string To, string? Comment, string Actor, DateTime At);

/// <summary>An attached PDF.</summary>
/// <param name="Number">Its number within the practice.</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Url">Where to download it.</param>
public sealed record AttachmentOutput(int Number, string FileName, long Size, string Url);
