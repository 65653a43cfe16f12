using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Shared.Forms;

/// <summary>
/// <c>&lt;error-summary labels="…"&gt;</c>: at the top of a refused form, every problem at once; a field's problem
/// links to the field (its id is its name), labelled as the form labels it. Renders nothing when the form is fine.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>The form's labels by field name.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "errors");
        output.Attributes.SetAttribute("role", "alert");
        var list = new TagBuilder("ul");
        foreach (var (field, entry) in state.Where(e => e.Value is { Errors.Count: > 0 }))
        {
            foreach (var error in entry!.Errors)
            {
                var item = new TagBuilder("li");
                if (field.Length == 0)
                {
                    item.InnerHtml.Append(error.ErrorMessage);
                }
                else
                {
                    var link = new TagBuilder("a");
                    link.Attributes["href"] = "#" + field.Replace('.', '_'); // ids follow ASP.NET's convention: Form.Description → Form_Description
                    link.InnerHtml.Append(Labels.TryGetValue(field, out var label) ? $"{label}: {error.ErrorMessage}" : error.ErrorMessage);
                    item.InnerHtml.AppendHtml(link);
                }
                list.InnerHtml.AppendHtml(item);
            }
        }
        var heading = new TagBuilder("p");
        heading.InnerHtml.Append(text["Form.ErrorSummary"]);
        output.Content.AppendHtml(heading);
        output.Content.AppendHtml(list);
    }
}
