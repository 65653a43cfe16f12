using System.Text;

namespace Marrakesh.Platform.Text;

/// <summary>The facts about characters that the input rule and the output writers share (ADR 0016).</summary>
public static class UnicodeText
{
    /// <summary>
    /// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows
    /// them, so <c>‮fdp.exe</c> shows as <c>exe.pdf</c>. The marks U+200E and U+200F only hint a direction and stay.
    /// </summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Line and paragraph breaks, including the Unicode separators U+2028 and U+2029.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>True when the text holds half of a surrogate pair on its own: not a character, and not valid UTF-16.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text without lone surrogates (for output that must stay valid whatever old data holds).</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        return kept.ToString();
    }

    /// <summary>
    /// The text in Unicode normalisation form C, so that "é" typed as e + U+0301 and as U+00E9 is stored, compared and
    /// searched alike. Invalid UTF-16 is returned as it is, for the input rule to refuse.
    /// </summary>
    public static string Nfc(string text) =>
        HasLoneSurrogate(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
