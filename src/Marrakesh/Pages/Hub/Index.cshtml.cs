using Marrakesh.Accounts;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Hub;

/// <summary>The hub: what it is, the outcomes of finished requests, the reader's open requests, and the service level.</summary>
public sealed class IndexModel(RequestQueries requests) : PageModel
{
    public IReadOnlyList<RequestOutput> Open { get; private set; } = [];
    public IReadOnlyList<RequestOutput> Finished { get; private set; } = [];
    public IReadOnlyList<ServiceLevelOutput> ServiceLevel { get; private set; } = [];
    public bool MayRequest => User.IsSecretariat() || User.IsInRole(Roles.StateFocalPoint);
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var paging = new Paging(1, Paging.DefaultSize);
        var visible = (await requests.PageAsync(User, new RequestFilter(), new Paging(1, Paging.MaxSize), cancellationToken)).Items;
        Open = MayRequest ? [.. visible.Where(r => HubVocabulary.IsOpen(r.Status))] : [];
        Finished = [.. (await requests.PageAsync(User, new RequestFilter(HubVocabulary.Closed), paging, cancellationToken)).Items
            .Concat((await requests.PageAsync(User, new RequestFilter(HubVocabulary.Declined), paging, cancellationToken)).Items)
            .OrderByDescending(r => r.StatusSince)];
        ServiceLevel = (await requests.ServiceLevelAsync(cancellationToken)).Items;
    }
}
