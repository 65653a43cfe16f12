using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// Fetches pages and submits their forms the way a browser without JavaScript would. In a replacement
/// value, "|" separates several values of one field (checkbox groups).
/// </summary>
public static class Browsing
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, System.Net.HttpStatusCode status = System.Net.HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == status, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Submits a form as a browser would: its current field values (hidden ones, the antiforgery token among
    /// them; checked boxes; selects; text areas), with <paramref name="values"/> replacing whole fields.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, IDictionary<string, string>? values = null)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)).Select(s => KeyValuePair.Create(s.Name!, s.Value ?? "")))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)).Select(t => KeyValuePair.Create(t.Name!, t.Value)))
            .ToList();
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == key);
            fields.AddRange(value.Split('|').Select(v => KeyValuePair.Create(key, v)));
        }
        var action = new Uri(new Uri(form.BaseUri), form.GetAttribute("action") ?? "");
        return await client.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(fields));
    }

    public static IHtmlFormElement Form(this IDocument page, string selector) =>
        page.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No form matches {selector}");
}
