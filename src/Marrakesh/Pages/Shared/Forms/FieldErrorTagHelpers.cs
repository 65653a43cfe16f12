using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marrakesh.Pages.Shared.Forms;

/// <summary>
/// <c>&lt;field-error for="Narrative"&gt;</c>: the messages for one form field, beside it, with the id
/// (<c>Narrative-error</c>) that the field's <c>aria-describedby</c> points to. Renders nothing when the field is fine.
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public string Field { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = FieldState.Errors(ViewContext, Field);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span"; // a span, so a message can sit inside a paragraph; the stylesheet sets it on its own line
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FieldState.ErrorId(Field));
        output.Attributes.SetAttribute("class", "field-error");
        output.Content.SetContent(string.Join(" ", messages));
    }
}

/// <summary>
/// Marks a form control (or a fieldset, by <c>data-field</c>) whose value was refused: <c>aria-invalid</c>, and its
/// message added to <c>aria-describedby</c>, so a screen reader reads the reason with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("fieldset", Attributes = "data-field")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = (output.Attributes["data-field"] ?? output.Attributes["name"])?.Value?.ToString();
        if (field is null || FieldState.Errors(ViewContext, field).Count == 0)
        {
            return;
        }
        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes["aria-describedby"]?.Value?.ToString();
        var errorId = FieldState.ErrorId(field);
        output.Attributes.SetAttribute("aria-describedby", described is { Length: > 0 } ? $"{errorId} {described}" : errorId);
    }
}

internal static class FieldState
{
    public static string ErrorId(string field) => field.Replace('.', '-') + "-error";

    public static IReadOnlyList<string> Errors(ViewContext view, string field) =>
        view.ViewData.ModelState.TryGetValue(field, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];
}
