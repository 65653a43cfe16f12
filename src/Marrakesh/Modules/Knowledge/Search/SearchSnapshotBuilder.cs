namespace Marrakesh.Modules.Knowledge.Search;

public sealed partial class SearchSnapshot
{
    /// <summary>
    /// Makes the next snapshot: the last one's contents copied, then documents added in the order of their ids, then
    /// their facet values. Facets come last so that a document is never held without them: a document and its facets
    /// are committed together, so any document read is complete by the time its facets are read.
    /// </summary>
    internal sealed class Builder(SearchSnapshot from)
    {
        private long firstId = from.Count == 0 ? -1 : from.layout.FirstId;
        private readonly List<int> codeStart = [.. from.layout.CodeStart];
        private readonly List<int> codeData = [.. from.layout.CodeData];
        private readonly List<int> titleStart = [.. from.layout.TitleStart];
        private readonly List<byte> titleData = [.. from.layout.TitleData];
        private readonly List<byte[]?> texts = [.. from.layout.Texts];
        private readonly List<(int, int)> lengths = [.. from.layout.Lengths];
        private readonly Vocabulary vocabulary = from.vocabulary with
        {
            Values = [.. from.vocabulary.Values], Codes = new(from.vocabulary.Codes), Terms = [.. from.vocabulary.Terms],
            TermNumbers = new(from.vocabulary.TermNumbers, StringComparer.Ordinal),
        };
        private int count = from.Count;
        private long titleLengths = from.titleLengths;
        private long textLengths = from.textLengths;
        private byte[] scratch = new byte[4096];
        private readonly List<(long Id, int Type, int Language)> added = [];
        private readonly List<(long DocumentId, int Code)> facets = [];

        /// <summary>A document, after the last one added (ids ascending).</summary>
        public void Add(SearchDocumentCache.Added d)
        {
            if (firstId < 0)
            {
                firstId = d.Id;
            }
            while (titleStart.Count - 1 < d.Id - firstId) // ids no document has: empty ranges
            {
                titleStart.Add(titleData.Count);
                texts.Add(null);
                lengths.Add(default);
            }
            added.Add((d.Id, CodeOf("type", d.Type), CodeOf("language", d.Language)));
            titleData.AddRange(Sequence(d.TitleTerms));
            titleStart.Add(titleData.Count);
            texts.Add(Sequence(d.TextTerms).ToArray());
            lengths.Add((d.TitleTerms.Length, d.TextTerms.Length));
            (count, titleLengths, textLengths) = (count + 1, titleLengths + d.TitleTerms.Length, textLengths + d.TextTerms.Length);
        }

        /// <summary>One facet value of a document added, in document order.</summary>
        public void AddFacet(long documentId, string facet, string value) => facets.Add((documentId, CodeOf(facet, value)));

        public SearchSnapshot Build()
        {
            if (added.Count == 0)
            {
                return from;
            }
            var next = 0;
            foreach (var (id, type, language) in added)
            {
                while (codeStart.Count - 1 < id - firstId)
                {
                    codeStart.Add(codeData.Count);
                }
                codeData.Add(type);
                codeData.Add(language);
                for (; next < facets.Count && facets[next].DocumentId <= id; next++)
                {
                    if (facets[next].DocumentId == id)
                    {
                        codeData.Add(facets[next].Code);
                    }
                }
                codeStart.Add(codeData.Count);
            }
            return new SearchSnapshot(
                new Layout(firstId, [.. codeStart], [.. codeData], [.. titleStart], [.. titleData], [.. texts], [.. lengths]),
                vocabulary with { ByText = MergedByText() }, count, titleLengths, textLengths);
        }

        /// <summary>The last snapshot's terms in order, with the new ones (sorted on their own) merged in.</summary>
        private int[] MergedByText()
        {
            var (terms, old) = (vocabulary.Terms, from.vocabulary.ByText);
            var fresh = Enumerable.Range(old.Length, terms.Count - old.Length).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(terms[a], terms[b]))).ToArray();
            var merged = new int[terms.Count];
            var (i, j) = (0, 0);
            for (var k = 0; k < merged.Length; k++)
            {
                merged[k] = j == fresh.Length || (i < old.Length && string.CompareOrdinal(terms[old[i]], terms[fresh[j]]) < 0) ? old[i++] : fresh[j++];
            }
            return merged;
        }

        private int CodeOf(string facet, string value)
        {
            if (!vocabulary.Codes.TryGetValue((facet, value), out var code))
            {
                (code, vocabulary.Codes[(facet, value)]) = (vocabulary.Values.Count, vocabulary.Values.Count);
                vocabulary.Values.Add((facet, value));
            }
            return code;
        }

        /// <summary>The indexed terms (separated by spaces) as a term sequence, numbering new terms as they come.</summary>
        private ReadOnlySpan<byte> Sequence(string indexed)
        {
            var numbers = vocabulary.TermNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
            var length = 0;
            foreach (var range in indexed.AsSpan().Split(' '))
            {
                var term = indexed.AsSpan(range);
                if (term.IsEmpty)
                {
                    continue;
                }
                if (!numbers.TryGetValue(term, out var number))
                {
                    number = vocabulary.Terms.Count;
                    vocabulary.Terms.Add(term.ToString());
                    numbers[term] = number;
                }
                if (length + TermSequence.MaxBytes > scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }
                length += TermSequence.Write(number, scratch.AsSpan(length));
            }
            return scratch.AsSpan(0, length);
        }
    }
}
