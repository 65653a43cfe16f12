using Marrakesh.Accounts;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Hub;

/// <summary>The offers of support, for signed-in people (individual experts' offers name people).</summary>
[Authorize]
public sealed class OffersModel(OfferQueries offers) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Objective { get; set; }
    [BindProperty(SupportsGet = true)] public string? ProviderType { get; set; }

    public IReadOnlyList<OfferOutput> Offers { get; private set; } = [];
    public int Total { get; private set; }
    public string? Error { get; private set; }
    public bool MayOffer => User.IsSecretariat() || User.IsInRole(Roles.Stakeholder);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var page = await offers.PageAsync(new OfferFilter(Objective, ProviderType), new Paging(1, Paging.MaxSize), cancellationToken);
            (Offers, Total) = (page.Items, page.Total);
        }
        catch (InvalidInputException e)
        {
            Error = e.Reasons;
            var page = await offers.PageAsync(new OfferFilter(), new Paging(1, Paging.MaxSize), cancellationToken);
            (Offers, Total) = (page.Items, page.Total);
        }
    }
}
