using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Paging for every API list, in one endpoint filter: a list the endpoint gave whole is cut to the page the query asks
/// for (<c>page</c>, <c>pageSize</c>), so <c>pageSize</c> is honoured everywhere; every paged list gets its
/// <c>next</c>/<c>prev</c> addresses in the body and <c>first</c>, <c>prev</c>, <c>next</c>, <c>last</c> in the Link
/// header (RFC 8288). A page past the end is an empty page whose <c>prev</c> is the last page, never an error.
/// </summary>
internal sealed class PageLinks : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not IValueHttpResult { Value: IPagedList list } || inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK or null })
        {
            return result;
        }
        var request = context.HttpContext.Request;
        if (list.Page is null)
        {
            if (!request.Query.ContainsKey("page") && !request.Query.ContainsKey("pageSize"))
            {
                return result;
            }
            list = list.Slice(Paging.From(request.Query["page"], request.Query["pageSize"]));
        }
        var page = list.Page!.Value;
        var pages = list.Pages ?? 0;
        var nextPage = page < pages ? Address(request, page + 1) : null;
        var prevPage = page > 1 ? Address(request, Math.Min(page - 1, Math.Max(pages, 1))) : null;
        var links = new List<string> { Link(Address(request, 1), "first"), Link(Address(request, Math.Max(pages, 1)), "last") };
        if (nextPage is not null) { links.Add(Link(nextPage, "next")); }
        if (prevPage is not null) { links.Add(Link(prevPage, "prev")); }
        context.HttpContext.Response.Headers.Append("Link", string.Join(", ", links));
        return TypedResults.Ok<object>(list.WithLinks(nextPage, prevPage));
    }

    /// <summary>This request's path and query, with another page number.</summary>
    private static string Address(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        return request.PathBase + request.Path + builder.ToQueryString();
    }

    private static string Link(string address, string relation) => $"<{address}>; rel=\"{relation}\"";
}
