using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>Filters for browsing practices; every one optional.</summary>
/// <param name="Objective">Objective number.</param>
/// <param name="Principle">Guiding-principle key.</param>
/// <param name="Region">M49 region, e.g. Africa.</param>
/// <param name="Country">A country (ISO3).</param>
/// <param name="OrganisationType">Kind of organisation, e.g. un-entity.</param>
/// <param name="Status">published (the default); other statuses list only what the caller may see.</param>
public sealed record PracticeFilter(
    string? Objective = null, string? Principle = null, string? Region = null, string? Country = null, string? OrganisationType = null, string? Status = null);

/// <summary>Reads of practices, each through the visibility rule of <see cref="PracticeAccess"/>.</summary>
public sealed class PracticeQueries(
    AppDbContext db, PracticeAccess access, CatalogueContract catalogue, StatesContract states, RecordHistory history, PublicActors actors)
{
    public async Task<PracticeOutput> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var practice = await access.LoadVisibleAsync(user, id, tracked: false, cancellationToken);
        // The review's steps name reviewers and carry their comments: for the authors and the secretariat only.
        var steps = await access.MayWriteAsync(user, practice)
            ? await db.Set<PracticeStep>().AsNoTracking().Where(s => s.PracticeId == id).ToListAsync(cancellationToken)
            : [];
        var attachments = await db.Set<PracticeAttachment>().AsNoTracking().Where(a => a.PracticeId == id).OrderBy(a => a.Number)
            .Select(a => new { a.Number, a.FileName, a.Size }).ToListAsync(cancellationToken);
        // Authors see who reviewed by role; only the secretariat sees emails.
        var name = await actors.NamerAsync(user, steps.Select(s => s.Actor), cancellationToken);
        return PracticeOutput.From(practice, steps, attachments.Select(a => ToOutput(id, a.Number, a.FileName, a.Size)), name);
    }

    public async Task<ListOutput<PracticeSummaryOutput>> PageAsync(ClaimsPrincipal user, PracticeFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(user, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var practices = await query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new ListOutput<PracticeSummaryOutput>([.. practices.Select(PracticeSummaryOutput.From)], total, paging.Page, paging.PageSize);
    }

    /// <summary>The newest published practices serving an objective or carried out in a State, for their pages.</summary>
    public async Task<ListOutput<PracticeSummaryOutput>> PublishedAsync(PracticeFilter filter, int take, CancellationToken cancellationToken) =>
        await PageAsync(new ClaimsPrincipal(), filter with { Status = null }, new Paging(1, take), cancellationToken);

    public async Task<List<VersionOutput>> VersionsAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        await access.LoadWritableAsync(user, id, tracked: false, cancellationToken);
        return await history.VersionsAsync(PracticeHistory.Kind, id, user, cancellationToken);
    }

    /// <summary>An attachment's name and bytes, if the caller may see its practice.</summary>
    public async Task<(string FileName, byte[] Content)> AttachmentAsync(ClaimsPrincipal user, Guid id, int number, CancellationToken cancellationToken)
    {
        await access.LoadVisibleAsync(user, id, tracked: false, cancellationToken);
        var attachment = await db.Set<PracticeAttachment>().AsNoTracking().Where(a => a.PracticeId == id && a.Number == number)
            .Select(a => new { a.FileName, a.Content }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Practice {id} has no attachment {number}.");
        return (attachment.FileName, attachment.Content);
    }

    public static AttachmentOutput ToOutput(Guid id, int number, string fileName, long size) =>
        new(number, fileName, size, $"/api/practices/{id}/attachments/{number}");

    private async Task<IQueryable<Practice>> FilteredAsync(ClaimsPrincipal user, PracticeFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<Practice>().AsNoTracking();
        var status = string.IsNullOrWhiteSpace(filter.Status) ? PracticeStatus.Published : OneOfAttribute.Require(filter.Status.Trim(), PracticeStatus.All, "status");
        query = query.Where(p => p.Status == status);
        if (status != PracticeStatus.Published && !user.IsSecretariat())
        {
            var id = user.Id() ?? "";
            var state = user.IsInRole(Roles.StateFocalPoint) ? user.StateIso3() : null;
            var organisation = user.IsInRole(Roles.Stakeholder) ? user.Organisation() : null;
            query = query.Where(p => p.AuthorId == id || (state != null && p.OwnerState == state) || (organisation != null && p.OwnerOrganisation == organisation));
        }
        if (!string.IsNullOrWhiteSpace(filter.Objective))
        {
            var objective = await catalogue.RequireObjectiveAsync(filter.Objective, "objective", cancellationToken);
            query = query.Where(p => p.Objectives.Contains(objective));
        }
        if (!string.IsNullOrWhiteSpace(filter.Principle))
        {
            var principle = (await catalogue.RequirePrinciplesAsync([filter.Principle], "principle", cancellationToken))[0];
            query = query.Where(p => p.Principles.Contains(principle));
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = await states.RequireStateAsync(filter.Country, "country", cancellationToken);
            query = query.Where(p => p.Countries.Contains(country));
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var regions = await states.RegionsAsync(cancellationToken);
            var members = regions.Where(r => string.Equals(r.Value, filter.Region.Trim(), StringComparison.OrdinalIgnoreCase)).Select(r => r.Key).ToList();
            if (members.Count == 0)
            {
                throw new InvalidInputException("region", $"'{filter.Region}' is not a region; use one of: {string.Join(", ", regions.Values.Distinct().Order(StringComparer.Ordinal))}.");
            }
            query = query.Where(p => p.Countries.Any(c => members.Contains(c)));
        }
        if (!string.IsNullOrWhiteSpace(filter.OrganisationType))
        {
            var type = OneOfAttribute.Require(filter.OrganisationType.Trim(), PracticeRules.OrganisationTypes, "organisationType");
            query = query.Where(p => p.OrganisationType == type);
        }
        return query;
    }
}
