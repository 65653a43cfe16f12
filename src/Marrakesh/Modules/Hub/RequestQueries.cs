using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>Filters for the request list; every one optional.</summary>
/// <param name="Status">A status, e.g. closed.</param>
/// <param name="State">The requesting State (ISO3).</param>
/// <param name="Objective">An objective number.</param>
public sealed record RequestFilter(string? Status = null, string? State = null, string? Objective = null);

/// <summary>Reads of requests, each as the reader may see it.</summary>
public sealed class RequestQueries(
    AppDbContext db, CatalogueContract catalogue, StatesContract states, TimeProvider clock, RequestAccess access, PublicActors actors)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One page of the requests this person may see, newest first.</summary>
    public async Task<ListOutput<RequestOutput>> PageAsync(ClaimsPrincipal user, RequestFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = RequestAccess.Visible(db.Set<SupportRequest>().AsNoTracking(), user);
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var status = OneOfAttribute.Require(filter.Status, HubVocabulary.Statuses, "status");
            query = query.Where(r => r.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = await states.RequireStateAsync(filter.State, "state", cancellationToken);
            query = query.Where(r => r.StateIso3 == state);
        }
        if (!string.IsNullOrWhiteSpace(filter.Objective))
        {
            var objective = await catalogue.RequireObjectiveAsync(filter.Objective, "objective", cancellationToken);
            query = query.Where(r => r.Objectives.Contains(objective));
        }
        var total = await query.CountAsync(cancellationToken);
        var requests = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new ListOutput<RequestOutput>(await OutputsAsync(user, requests, cancellationToken), total, paging.Page, paging.PageSize);
    }

    public async Task<RequestOutput?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Set<SupportRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is not null && await access.MaySeeAsync(user, request) ? (await OutputsAsync(user, [request], cancellationToken))[0] : null;
    }

    public async Task<RequestOutput> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(user, id, cancellationToken) ?? throw new NotFoundException($"There is no request {id}.");

    /// <summary>The hub's service level: for each step, how long requests spent in it (median and longest) and how many are in it now.</summary>
    public async Task<ListOutput<ServiceLevelOutput>> ServiceLevelAsync(CancellationToken cancellationToken)
    {
        var requests = await db.Set<SupportRequest>().AsNoTracking().Select(r => new { r.Id, r.Status }).ToListAsync(cancellationToken);
        var open = requests.Where(r => HubVocabulary.IsOpen(r.Status)).Select(r => r.Id).ToHashSet();
        var steps = await db.Set<SupportRequestStep>().AsNoTracking().ToListAsync(cancellationToken);
        var durations = steps.GroupBy(s => s.RequestId)
            .SelectMany(g => RequestOutput.StepDurations([.. g.OrderBy(s => s.At).ThenBy(s => s.Id)], open.Contains(g.Key), Now))
            .ToList();
        var items = HubVocabulary.Steps.SkipLast(1).Select(step =>
        {
            var done = durations.Where(d => d.Status == step && !d.Current).Select(d => d.Days).Order().ToList();
            return new ServiceLevelOutput(step, done.Count, Median(done), done.Count > 0 ? done[^1] : null,
                durations.Count(d => d.Status == step && d.Current));
        }).ToList();
        return ListOutput<ServiceLevelOutput>.Of(items);
    }

    private static double? Median(List<double> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : Math.Round((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2, 1);

    private async Task<List<RequestOutput>> OutputsAsync(ClaimsPrincipal user, List<SupportRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var steps = (await db.Set<SupportRequestStep>().AsNoTracking().Where(s => ids.Contains(s.RequestId)).ToListAsync(cancellationToken)).ToLookup(s => s.RequestId);
        var partners = (await db.Set<SupportRequestPartner>().AsNoTracking().Where(p => ids.Contains(p.RequestId)).ToListAsync(cancellationToken)).ToLookup(p => p.RequestId);
        var mayAct = new Dictionary<string, bool>();
        foreach (var state in requests.Select(r => r.StateIso3).Distinct())
        {
            mayAct[state] = await access.MayActAsync(user, state);
        }
        // The State's focal points see who acted by role and State or organisation; only the secretariat sees emails.
        var name = await actors.NamerAsync(user, steps.SelectMany(s => s).Select(s => s.Actor), cancellationToken);
        return [.. requests.Select(r => RequestOutput.From(r, steps[r.Id], partners[r.Id].Select(p => p.OfferId), Now, mayAct[r.StateIso3], name))];
    }
}

/// <summary>The hub's service level for one step.</summary>
/// <param name="Status">The step.</param>
/// <param name="Completed">How many requests have left this step.</param>
/// <param name="MedianDays">Median days those requests spent in it.</param>
/// <param name="MaxDays">The longest.</param>
/// <param name="Current">How many requests are in it now.</param>
public sealed record ServiceLevelOutput(string Status, int Completed, double? MedianDays, double? MaxDays, int Current);
