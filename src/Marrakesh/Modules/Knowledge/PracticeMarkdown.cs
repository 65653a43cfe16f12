using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Practice bodies are Markdown. Anything that tries to run script — a script element, an event-handler
/// attribute, a javascript: address — is refused with a clear error (<see cref="ScriptFreeAttribute"/>), so nothing
/// of it is stored; what is stored is then rendered with raw HTML switched off and sanitised again, in case the check
/// ever misses.
/// </summary>
public static partial class PracticeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>What in the text would run script, as a message for its author, or null when there is nothing.</summary>
    public static string? ScriptProblem(string text)
    {
        // Entities and white space are how filters get dodged (java&#x73;cript:, java\tscript:): look through both.
        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        var squeezed = Squeeze().Replace(decoded, "");
        if (ScriptElement().IsMatch(decoded))
        {
            return ValidationText.Get("ScriptElement");
        }
        if (EmbeddingElement().Match(decoded) is { Success: true } embedding)
        {
            return ValidationText.Get("EmbeddingElement", embedding.Groups[1].Value.ToLowerInvariant());
        }
        if (EventHandler().Match(decoded) is { Success: true } handler)
        {
            return ValidationText.Get("EventHandler", handler.Groups[1].Value.ToLowerInvariant());
        }
        return ScriptAddress().Match(squeezed) is { Success: true } address
            ? ValidationText.Get("ScriptAddress", address.Groups[1].Value.ToLowerInvariant())
            : null;
    }

    /// <summary>Markdown to HTML that is safe to put in a page.</summary>
    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The body as plain text, for the search index.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }

    [GeneratedRegex(@"<\s*/?\s*script\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"<\s*(iframe|object|embed|frame|frameset|applet|base|meta|link|svg|math|form)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddingElement();

    [GeneratedRegex(@"<[^>]*?[\s/""'](on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    /// <summary>An address in a place a link can take it: a Markdown link or autolink, a reference definition, an attribute.</summary>
    [GeneratedRegex(@"(?:\]\s*\(\s*<?|<|^\s*\[[^\]]*\]:\s*<?|\b(?:href|src|action|formaction|xlink:href)\s*=\s*[""']?)\s*(javascript|vbscript|livescript|data)\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ScriptAddress();

    /// <summary>Browsers drop tabs and line breaks inside an address's scheme.</summary>
    [GeneratedRegex(@"[\t\r\u0000-\u0009\u000b-\u001f]+")]
    private static partial Regex Squeeze();
}
