using System.Globalization;
using System.Text;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Turns text in any of the six UN languages into the terms both databases index, so that SQLite FTS5 and
/// PostgreSQL see exactly the same words (ADR 0010). Lower case; Latin, Cyrillic and Arabic marks folded away
/// (é → e, ё → е, أ → ا, harakat and tatweel dropped); every run of Chinese (or Japanese, Korean) characters,
/// which has no spaces between words, becomes its overlapping two-character pairs: 移民工人 → 移民 民工 工人.
/// </summary>
public static class SearchText
{
    /// <summary>The terms of <paramref name="text"/>, one space between each.</summary>
    public static string Terms(string? text) => string.Join(' ', Tokens(text).SelectMany(t => t.Terms));

    /// <summary>The words of <paramref name="text"/>, each with the index terms it becomes.</summary>
    public static List<Token> Tokens(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var folded = Fold(text);
        var word = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                Flush(word, tokens, isCjk: false);
                cjk.Append(rune.ToString());
            }
            else if (IsWordPart(rune))
            {
                Flush(cjk, tokens, isCjk: true);
                word.Append(rune.ToString());
            }
            else
            {
                Flush(word, tokens, isCjk: false);
                Flush(cjk, tokens, isCjk: true);
            }
        }
        Flush(word, tokens, isCjk: false);
        Flush(cjk, tokens, isCjk: true);
        return tokens;
    }

    /// <summary>The language a text is most likely in, from its script: Arabic, Chinese and Cyrillic are told apart; Latin reads as English.</summary>
    public static string GuessLanguage(string text)
    {
        int arabic = 0, cjk = 0, cyrillic = 0, latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F) { arabic++; }
            else if (IsCjk(rune)) { cjk++; }
            else if (v is >= 0x0400 and <= 0x04FF) { cyrillic++; }
            else if (Rune.IsLetter(rune)) { latin++; }
        }
        var max = new[] { arabic, cjk, cyrillic, latin }.Max();
        return max == 0 || max == latin ? "en" : max == arabic ? "ar" : max == cjk ? "zh" : "ru";
    }

    private static void Flush(StringBuilder run, List<Token> tokens, bool isCjk)
    {
        if (run.Length == 0)
        {
            return;
        }
        var text = run.ToString();
        run.Clear();
        if (!isCjk)
        {
            tokens.Add(new Token(text, [text], IsCjk: false));
            return;
        }
        var characters = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        List<string> terms = characters.Count == 1 ? [characters[0]] : [.. Enumerable.Range(0, characters.Count - 1).Select(i => characters[i] + characters[i + 1])];
        tokens.Add(new Token(text, terms, IsCjk: true));
    }

    /// <summary>Lower case with the marks taken off: what a reader would still call the same word.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark || rune.Value == 0x0640)
            {
                continue; // accents, Arabic harakat and hamza seats, the tatweel stretching a word
            }
            kept.Append(rune.ToString());
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpacingCombiningMark;

    public static bool IsCjk(Rune rune) => rune.Value is
        >= 0x3040 and <= 0x30FF      // Hiragana, Katakana
        or >= 0x3400 and <= 0x4DBF   // CJK extension A
        or >= 0x4E00 and <= 0x9FFF   // CJK unified ideographs
        or >= 0xAC00 and <= 0xD7AF   // Hangul syllables
        or >= 0xF900 and <= 0xFAFF   // CJK compatibility ideographs
        or >= 0x20000 and <= 0x2FFFF; // CJK extensions B and later

    /// <summary>One word as written (after folding), and the terms it is indexed under.</summary>
    public sealed record Token(string Text, IReadOnlyList<string> Terms, bool IsCjk);
}
