namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// An immutable view of every searchable document, by id: its filter and facet values as small numbers (codes), so
/// that filtering and counting tens of thousands of matches is a loop over arrays; and its title and text as term
/// numbers (<see cref="TermSequence"/>) with their lengths, so that ranking picks and scores candidates, and checks
/// long phrases, without reading the rows again. Codes and titles, which every match needs, lie in two flat arrays in
/// id order, so a pass over the matches reads memory in order; a text, needed only for candidates, is its own array.
/// A load makes a new snapshot (<see cref="Builder"/>).
/// </summary>
public sealed partial class SearchSnapshot
{
    public static readonly SearchSnapshot Empty = new(new Layout(1, [0], [], [0], [], [], []), new Vocabulary([], new(), [], new(StringComparer.Ordinal), []), 0, 0, 0);

    private readonly Layout layout;
    private readonly Vocabulary vocabulary;
    private readonly long titleLengths;
    private readonly long textLengths;

    private SearchSnapshot(Layout layout, Vocabulary vocabulary, int count, long titleLengths, long textLengths) =>
        (this.layout, this.vocabulary, Count, this.titleLengths, this.textLengths) = (layout, vocabulary, count, titleLengths, textLengths);

    /// <summary>
    /// Documents by position (id − <see cref="FirstId"/>): document i's codes are CodeData[CodeStart[i]..CodeStart[i+1]]
    /// (empty where no document has that id), its title TitleData[TitleStart[i]..TitleStart[i+1]].
    /// </summary>
    private sealed record Layout(long FirstId, int[] CodeStart, int[] CodeData, int[] TitleStart, byte[] TitleData, byte[]?[] Texts, (int Title, int Text)[] Lengths)
    {
        public int Positions => CodeStart.Length - 1;
    }

    /// <summary>The facet values and terms the codes and term numbers stand for; <c>ByText</c> lists the term numbers in the ordinal order of their terms, for prefixes.</summary>
    private sealed record Vocabulary(
        List<(string Facet, string Value)> Values, Dictionary<(string Facet, string Value), int> Codes, List<string> Terms, Dictionary<string, int> TermNumbers, int[] ByText);

    /// <summary>One document: the codes of its type, language, objectives and regions (unique across facets, so a filter is "holds this code"), its terms, and their lengths in characters.</summary>
    public readonly ref struct Entry(ReadOnlySpan<int> codes, ReadOnlySpan<byte> title, byte[]? text, int titleLength, int textLength)
    {
        private readonly byte[]? text = text; // not a span until asked for: making one reads the array, a cache miss per document

        public ReadOnlySpan<int> Codes { get; } = codes;
        public ReadOnlySpan<byte> Title { get; } = title;
        public ReadOnlySpan<byte> Text => text;
        public int TitleLength { get; } = titleLength;
        public int TextLength { get; } = textLength;
    }

    /// <summary>How many documents it holds.</summary>
    public int Count { get; }

    public long MaxId => layout.FirstId + layout.Positions - 1;

    /// <summary>How many facet values there are (the codes run from 0 to this, less one).</summary>
    public int ValueCount => vocabulary.Values.Count;

    /// <summary>The facet value with this code.</summary>
    public (string Facet, string Value) Value(int code) => vocabulary.Values[code];

    /// <summary>The figures BM25 compares each document with.</summary>
    public Relevance.Collection Collection => Count == 0
        ? new Relevance.Collection(0, 1, 1)
        : new Relevance.Collection(Count, (double)titleLengths / Count, (double)textLengths / Count);

    /// <summary>Whether the snapshot holds the document with this id.</summary>
    public bool Holds(long id) => PositionOf(id) >= 0;

    public bool TryGet(long id, out Entry entry)
    {
        var i = PositionOf(id);
        if (i < 0)
        {
            entry = default;
            return false;
        }
        entry = new Entry(
            layout.CodeData.AsSpan(layout.CodeStart[i]..layout.CodeStart[i + 1]),
            layout.TitleData.AsSpan(layout.TitleStart[i]..layout.TitleStart[i + 1]),
            layout.Texts[i], layout.Lengths[i].Title, layout.Lengths[i].Text);
        return true;
    }

    /// <summary>Where the document with this id lies in the layout; -1 when the snapshot does not hold it.</summary>
    private int PositionOf(long id)
    {
        var at = id - layout.FirstId;
        return at >= 0 && at < layout.Positions && layout.CodeStart[at] != layout.CodeStart[at + 1] ? (int)at : -1;
    }

    /// <summary>The codes a document must hold to pass the filter; -1 for a value no document has.</summary>
    public int[] Code(SearchFilter filter) =>
    [
        .. new (string Facet, string? Value)[]
        {
            ("type", filter.Type), ("language", filter.Language),
            ("objective", filter.Objective?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("region", filter.Region),
        }.Where(f => f.Value is not null).Select(f => vocabulary.Codes.GetValueOrDefault((f.Facet, f.Value!), -1)),
    ];

    /// <summary>The part in term numbers: every word the prefix starts, or the word or phrase as a run.</summary>
    public PartTerms Terms(SearchQuery.Part part)
    {
        var terms = vocabulary.Terms;
        if (part.IsPrefix)
        {
            var (byText, prefix) = (vocabulary.ByText, part.Terms[0]);
            var words = new ulong[(terms.Count + 63) / 64];
            for (var i = FirstAtOrAfter(prefix); i < byText.Length && terms[byText[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                words[byText[i] >> 6] |= 1UL << (byText[i] & 63);
            }
            return new PartTerms(words, null);
        }
        var numbers = part.Terms.Select(t => vocabulary.TermNumbers.GetValueOrDefault(t, -1)).ToArray();
        return numbers.Contains(-1)
            ? new PartTerms(null, null) // a word no document has: nothing matches
            : new PartTerms(null, TermSequence.Encode(numbers));
    }

    /// <summary>The first position in <c>ByText</c> whose term is not before <paramref name="text"/>.</summary>
    private int FirstAtOrAfter(string text)
    {
        var (low, high) = (0, vocabulary.ByText.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(vocabulary.Terms[vocabulary.ByText[middle]], text) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    internal SearchSnapshot With(IEnumerable<SearchDocumentCache.Added> added, Func<long, IEnumerable<(string Facet, string Value)>> facetsOf)
    {
        var builder = new Builder(this);
        foreach (var d in added)
        {
            builder.Add(d);
        }
        foreach (var d in added)
        {
            foreach (var (facet, value) in facetsOf(d.Id))
            {
                builder.AddFacet(d.Id, facet, value);
            }
        }
        return builder.Build();
    }
}

/// <summary>A query part in term numbers: any word whose bit is set in <see cref="Words"/>, or the run <see cref="Run"/>; neither when nothing can match.</summary>
public sealed record PartTerms(ulong[]? Words, byte[]? Run)
{
    public int Occurrences(ReadOnlySpan<byte> terms) =>
        Words is not null ? TermSequence.Count(terms, Words)
        : Run is not null ? TermSequence.Count(terms, Run)
        : 0;

    public bool OccursIn(SearchSnapshot.Entry entry) => Occurrences(entry.Title) > 0 || Occurrences(entry.Text) > 0;
}
