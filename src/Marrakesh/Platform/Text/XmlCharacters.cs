using System.Text;
using System.Xml;

namespace Marrakesh.Platform.Text;

/// <summary>
/// Text fit for an XML 1.0 document whatever the database holds: a character XML forbids (a control character other
/// than tab and line breaks, U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD, so old data cannot stop a feed.
/// </summary>
public static class XmlCharacters
{
    public static string Valid(string text)
    {
        StringBuilder? valid = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                valid?.Append(text, i, pair ? 2 : 1);
            }
            else
            {
                valid ??= new StringBuilder(text.Length).Append(text, 0, i);
                valid.Append('\uFFFD');
            }
            i += pair ? 1 : 0;
        }
        return valid?.ToString() ?? text;
    }
}
