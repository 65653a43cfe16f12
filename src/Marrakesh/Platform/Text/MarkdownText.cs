using System.Text;

namespace Marrakesh.Platform.Text;

/// <summary>
/// Stored text written into a Markdown document as what it says: raw HTML is not passed through and the text cannot
/// add links, images, emphasis, code or tables, because Markdown's active punctuation is backslash-escaped (CommonMark
/// shows an escaped character as itself). Line breaks continue the list item the text sits in; control characters
/// are dropped.
/// </summary>
public static class MarkdownText
{
    public static string Literal(string text)
    {
        var literal = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '#' or '~')
            {
                literal.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                literal.Append("\n  ");
            }
            else if (!char.IsControl(c) || c == '\t')
            {
                literal.Append(c);
            }
        }
        return literal.ToString();
    }
}
