using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Search;

/// <summary>One search box over the public record, with facet links to narrow the results.</summary>
public sealed class IndexModel(Searching searching) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Objective { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public SearchOutput? Results { get; private set; }
    public string? Error { get; private set; }
    public bool HasNext => Results is { } r && r.Page * r.PageSize < r.Total;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }
        try
        {
            Results = await searching.RunAsync(Q, Type, Objective, Region, Language, Math.Max(1, PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            Error = e.Reasons;
        }
    }

    /// <summary>This search's address with one filter set (or cleared with null), back on page 1.</summary>
    public string Link(string? type = "", string? objective = "", string? region = "", string? language = "")
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["type"] = type == "" ? Type : type,
            ["objective"] = objective == "" ? Objective : objective,
            ["region"] = region == "" ? Region : region,
            ["language"] = language == "" ? Language : language,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    public string PageLink(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Link(), "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
