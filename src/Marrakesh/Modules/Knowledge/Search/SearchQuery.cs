using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// A search as people type it — words, "exact phrases", prefixes such as migra* — parsed by our own code
/// and written out for each database, so no text a caller sends ever reaches FTS5's or PostgreSQL's query
/// syntax. Every part must match (AND). Operators (AND, OR, NOT, NEAR) are ordinary words here.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxParts = 12;

    private SearchQuery(IReadOnlyList<Part> parts) => Parts = parts;

    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Parses <paramref name="q"/>, or says why it cannot be searched (field <c>q</c>).</summary>
    public static SearchQuery Parse(string? q)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new InvalidInputException("q", "Say what to search for.");
        }
        if (text.Length > MaxLength)
        {
            throw new InvalidInputException("q", $"Use at most {MaxLength} characters ({text.Length} given).");
        }
        var parts = new List<Part>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] == '"')
            {
                // An unbalanced quote runs to the end: "migrant workers reads as the phrase it starts.
                var close = text.IndexOf('"', i + 1);
                var phrase = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
                var terms = SearchText.Tokens(phrase).SelectMany(t => t.Terms).ToList();
                if (terms.Count > 0)
                {
                    parts.Add(new Part(terms, IsPrefix: false, Display: [.. SearchText.Tokens(phrase).Select(t => t.Text)]));
                }
                continue;
            }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }
            var word = text[i..end];
            i = end;
            var prefix = word.EndsWith('*');
            var tokens = SearchText.Tokens(word);
            if (tokens.Count == 0)
            {
                continue;
            }
            var all = tokens.SelectMany(t => t.Terms).ToList();
            var last = tokens[^1];
            var isPrefix = prefix && tokens.Count == 1 && all.Count == 1;
            if (isPrefix && !last.IsCjk && last.Text.Length < 2)
            {
                throw new InvalidInputException("q", $"'{word}' is too short to search by prefix; give at least two letters before the *.");
            }
            parts.Add(new Part(all, isPrefix, [.. tokens.Select(t => t.Text)]));
        }
        if (parts.Count == 0)
        {
            throw new InvalidInputException("q", $"'{text}' has no words to search for; write a word, a \"phrase\" or a prefix such as migra*.");
        }
        if (parts.Count > MaxParts)
        {
            throw new InvalidInputException("q", $"Use at most {MaxParts} words or phrases ({parts.Count} given).");
        }
        return new SearchQuery(parts);
    }

    /// <summary>One thing that must match: a word, a phrase (several terms in a row) or a prefix.</summary>
    /// <param name="Terms">The index terms, in order.</param>
    /// <param name="IsPrefix">The single term matches any word it starts.</param>
    /// <param name="Display">The words as folded, for highlighting.</param>
    public sealed record Part(IReadOnlyList<string> Terms, bool IsPrefix, IReadOnlyList<string> Display)
    {
        /// <summary>FTS5: a quoted string, a phrase when it has several terms, with * for a prefix.</summary>
        public string ToFts5() => "\"" + string.Join(' ', Terms).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (IsPrefix ? "*" : "");

        /// <summary>to_tsquery for a single word: its lexeme, with :* for a prefix (a phrase goes by <see cref="ToPairQuery"/>).</summary>
        public string ToTsQuery() => Lexeme(Terms[0]) + (IsPrefix ? ":*" : "");

        /// <summary>
        /// A phrase as the word pairs it is made of ('legal_aid'), in tsquery input syntax: PostgreSQL's index of pairs
        /// (the initial migration) finds a two-word phrase exactly, and narrows a longer one to the rows worth checking in memory.
        /// Terms hold only letters, digits and marks, so the underscore cannot occur inside one.
        /// </summary>
        public string ToPairQuery() => string.Join(" & ", Terms.Zip(Terms.Skip(1), (a, b) => Lexeme(a + "_" + b)).Distinct(StringComparer.Ordinal));

        private static string Lexeme(string term) => "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
