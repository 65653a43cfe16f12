using System.Net;
using System.Text;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Builds the highlighted snippet of a result in our own code, the same way on both databases: the text is
/// HTML-encoded first, and the only markup in the answer is the <c>&lt;mark&gt;</c> put around matching words.
/// </summary>
public static class Snippets
{
    public const int Length = 240;

    /// <summary>A window of <paramref name="text"/> around its first match, encoded, with matches in &lt;mark&gt;.</summary>
    public static string Highlight(string text, SearchQuery query)
    {
        var first = Matches(text, query).Select(m => (int?)m.Start).FirstOrDefault() ?? 0;
        var start = first <= Length / 3 ? 0 : WordStart(text, first - (Length / 3));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            end = WordEnd(text, end);
        }
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }
        var at = start;
        foreach (var (markStart, markEnd) in Matches(text, query, start).TakeWhile(m => m.Start < end).Where(m => m.End <= end))
        {
            if (markStart < at)
            {
                continue;
            }
            html.Append(WebUtility.HtmlEncode(text[at..markStart])).Append("<mark>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</mark>");
            at = markEnd;
        }
        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }
        return html.ToString();
    }

    /// <summary>Where the query's words occur in <paramref name="text"/> from <paramref name="from"/> on, in order.</summary>
    public static IEnumerable<(int Start, int End)> Matches(string text, SearchQuery query, int from = 0)
    {
        var words = query.Parts.Where(p => !p.IsPrefix).SelectMany(p => p.Display).Where(d => !IsCjk(d)).ToHashSet(StringComparer.Ordinal);
        var prefixes = query.Parts.Where(p => p.IsPrefix).SelectMany(p => p.Display).Where(d => !IsCjk(d)).ToList();
        var cjk = query.Parts.SelectMany(p => p.Display).Where(IsCjk).Distinct().ToList();
        foreach (var (start, end, isCjk) in Segments(text, from))
        {
            var segment = text[start..end];
            if (isCjk)
            {
                var found = new List<(int Start, int End)>();
                foreach (var needle in cjk)
                {
                    for (var i = segment.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = segment.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
                    {
                        found.Add((start + i, start + i + needle.Length));
                    }
                }
                foreach (var mark in found.Order())
                {
                    yield return mark;
                }
                continue;
            }
            var folded = string.Concat(SearchText.Tokens(segment).Select(t => t.Text));
            if (words.Contains(folded) || prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal)))
            {
                yield return (start, end);
            }
        }
    }

    /// <summary>Words and runs of Chinese characters with their places in the original text.</summary>
    private static IEnumerable<(int Start, int End, bool IsCjk)> Segments(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var kind = Kind(text, i);
            if (kind == 0)
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }
            var start = i;
            while (i < text.Length && Kind(text, i) == kind)
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            yield return (start, i, kind == 2);
        }
    }

    /// <summary>0 between words, 1 in a word, 2 in a run of Chinese characters.</summary>
    private static int Kind(string text, int index)
    {
        if (!Rune.TryGetRuneAt(text, index, out var rune))
        {
            return 0;
        }
        if (SearchText.IsCjk(rune))
        {
            return 2;
        }
        var category = Rune.GetUnicodeCategory(rune);
        return Rune.IsLetterOrDigit(rune) || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            || rune.Value == 0x0640 ? 1 : 0;
    }

    private static bool IsCjk(string value) => SearchText.Tokens(value) is [{ IsCjk: true }];

    private static int WordStart(string text, int index)
    {
        var limit = Math.Max(0, index - 30);
        while (index > limit && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 30);
        while (index < limit && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }
}
