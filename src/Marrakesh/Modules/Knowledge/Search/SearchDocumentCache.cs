using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// What search needs of every document besides the full-text index, held in memory by id (ADR 0010): its filter and
/// facet values as small numbers, so that filtering and counting tens of thousands of matches is a loop over arrays;
/// and its title and text as term numbers (<see cref="TermSequence"/>) with their lengths, so that ranking picks and
/// scores candidates, and checks long phrases, without reading the long rows again. A document never changes under its id — a change deletes the row and adds a new one — and
/// ids are never reused (AUTOINCREMENT on SQLite, an identity on PostgreSQL), so the cache only loads the documents
/// added since it last looked, and a deleted document simply stops matching.
/// </summary>
public sealed class SearchDocumentCache
{
    private readonly Lock gate = new();
    private Snapshot current = Snapshot.Empty;

    /// <summary>Forgets everything, after a rebuild replaced most documents (the old ids would only take up memory).</summary>
    public void Clear()
    {
        lock (gate)
        {
            current = Snapshot.Empty;
        }
    }

    /// <summary>A snapshot holding every document up to <paramref name="maxId"/>, loading what is missing.</summary>
    public async Task<Snapshot> ForAsync(AppDbContext db, long maxId, CancellationToken cancellationToken)
    {
        Snapshot seen;
        lock (gate)
        {
            seen = current;
        }
        if (maxId <= seen.MaxId)
        {
            return seen;
        }
        var added = await db.Set<SearchDocument>().AsNoTracking().Where(d => d.Id > seen.MaxId).OrderBy(d => d.Id)
            .Select(d => new Added(d.Id, d.Type, d.Language, d.TitleTerms, d.TextTerms)).ToListAsync(cancellationToken);
        var facets = (await db.Set<SearchFacet>().AsNoTracking().Where(f => f.DocumentId > seen.MaxId)
            .Select(f => new { f.DocumentId, f.Facet, f.Value }).ToListAsync(cancellationToken)).ToLookup(f => f.DocumentId);
        var next = seen.With(added, id => [.. facets[id].Select(f => (f.Facet, f.Value))]);
        lock (gate)
        {
            if (ReferenceEquals(current, seen))
            {
                current = next;
            }
        }
        return next; // if another request loaded meanwhile, ours still answers this search; theirs serves the next
    }

    internal sealed record Added(long Id, string Type, string Language, string TitleTerms, string TextTerms);

    /// <summary>
    /// One document. <see cref="Codes"/> holds the codes of its type, language, objectives and regions (codes are
    /// unique across facets, so a filter is "holds this code"); <see cref="Title"/> and <see cref="Text"/> its terms
    /// as a <see cref="TermSequence"/>; the lengths are in characters of the indexed terms.
    /// </summary>
    public readonly record struct Entry(int[] Codes, byte[] Title, byte[] Text, int TitleLength, int TextLength)
    {
        public bool Exists => Codes is not null;
    }

    /// <summary>An immutable view of the cache; a load makes a new one.</summary>
    public sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([], 1, [], [], new Dictionary<(string, string), int>(), new Dictionary<string, int>(StringComparer.Ordinal), 0, 0, 0);

        private readonly Entry[] entries; // at id - firstId
        private readonly long firstId;
        private readonly List<(string Facet, string Value)> values;
        private readonly Dictionary<(string Facet, string Value), int> codes;
        private readonly List<string> terms;
        private readonly Dictionary<string, int> termNumbers;
        private readonly long titleLengths;
        private readonly long textLengths;

        private Snapshot(Entry[] entries, long firstId, List<(string, string)> values, List<string> terms,
            Dictionary<(string, string), int> codes, Dictionary<string, int> termNumbers, int count, long titleLengths, long textLengths)
        {
            (this.entries, this.firstId, this.values, this.terms, this.codes, this.termNumbers) = (entries, firstId, values, terms, codes, termNumbers);
            (Count, this.titleLengths, this.textLengths) = (count, titleLengths, textLengths);
        }

        /// <summary>How many documents it holds.</summary>
        public int Count { get; }

        public long MaxId => firstId + entries.Length - 1;

        /// <summary>How many facet values there are (the codes run from 0 to this, less one).</summary>
        public int ValueCount => values.Count;

        /// <summary>The facet value with this code.</summary>
        public (string Facet, string Value) Value(int code) => values[code];

        /// <summary>The figures BM25 compares each document with.</summary>
        public Relevance.Collection Collection => Count == 0
            ? new Relevance.Collection(0, 1, 1)
            : new Relevance.Collection(Count, (double)titleLengths / Count, (double)textLengths / Count);

        public bool TryGet(long id, out Entry entry)
        {
            var at = id - firstId;
            entry = at >= 0 && at < entries.Length ? entries[at] : default;
            return entry.Exists;
        }

        /// <summary>The codes a document must hold to pass the filter; -1 for a value no document has.</summary>
        public int[] Code(SearchFilter filter) =>
        [
            .. new (string Facet, string? Value)[]
            {
                ("type", filter.Type), ("language", filter.Language),
                ("objective", filter.Objective?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("region", filter.Region),
            }.Where(f => f.Value is not null).Select(f => codes.GetValueOrDefault((f.Facet, f.Value!), -1)),
        ];

        /// <summary>The part in term numbers: every word the prefix starts, or the word or phrase as a run.</summary>
        public PartTerms Terms(SearchQuery.Part part)
        {
            if (part.IsPrefix)
            {
                var words = new bool[terms.Count];
                var prefix = part.Terms[0];
                for (var n = 0; n < terms.Count; n++)
                {
                    words[n] = terms[n].StartsWith(prefix, StringComparison.Ordinal);
                }
                return new PartTerms(words, null);
            }
            var numbers = part.Terms.Select(t => termNumbers.GetValueOrDefault(t, -1)).ToArray();
            return numbers.Contains(-1)
                ? new PartTerms(null, null) // a word no document has: nothing matches
                : new PartTerms(null, TermSequence.Encode(numbers));
        }

        internal Snapshot With(List<Added> added, Func<long, List<(string Facet, string Value)>> facetsOf)
        {
            if (added.Count == 0)
            {
                return this;
            }
            var first = Count == 0 ? added[0].Id : firstId;
            var next = new Entry[added[^1].Id - first + 1];
            Array.Copy(entries, next, Count == 0 ? 0 : entries.Length);
            var nextValues = new List<(string, string)>(values);
            var nextCodes = new Dictionary<(string, string), int>(codes);
            var nextTerms = new List<string>(terms);
            var nextNumbers = new Dictionary<string, int>(termNumbers, StringComparer.Ordinal);
            var (count, titles, texts) = (Count, titleLengths, textLengths);
            int CodeOf(string facet, string value)
            {
                if (!nextCodes.TryGetValue((facet, value), out var code))
                {
                    (code, nextCodes[(facet, value)]) = (nextValues.Count, nextValues.Count);
                    nextValues.Add((facet, value));
                }
                return code;
            }
            int NumberOf(string term)
            {
                if (!nextNumbers.TryGetValue(term, out var number))
                {
                    (number, nextNumbers[term]) = (nextTerms.Count, nextTerms.Count);
                    nextTerms.Add(term);
                }
                return number;
            }
            byte[] Sequence(string indexed) => TermSequence.Encode(indexed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NumberOf));
            foreach (var d in added)
            {
                var facets = facetsOf(d.Id);
                next[d.Id - first] = new Entry(
                    [CodeOf("type", d.Type), CodeOf("language", d.Language), .. facets.Select(f => CodeOf(f.Facet, f.Value))],
                    Sequence(d.TitleTerms), Sequence(d.TextTerms), d.TitleTerms.Length, d.TextTerms.Length);
                (count, titles, texts) = (count + 1, titles + d.TitleTerms.Length, texts + d.TextTerms.Length);
            }
            return new Snapshot(next, first, nextValues, nextTerms, nextCodes, nextNumbers, count, titles, texts);
        }
    }

    /// <summary>A query part in term numbers: any word marked in <see cref="Words"/>, or the run <see cref="Run"/>; neither when nothing can match.</summary>
    public sealed record PartTerms(bool[]? Words, byte[]? Run)
    {
        public int Occurrences(byte[] terms) =>
            Words is not null ? TermSequence.Count(terms, Words)
            : Run is not null ? TermSequence.Count(terms, Run)
            : 0;

        public bool OccursIn(Entry entry) => Occurrences(entry.Title) > 0 || Occurrences(entry.Text) > 0;
    }
}
