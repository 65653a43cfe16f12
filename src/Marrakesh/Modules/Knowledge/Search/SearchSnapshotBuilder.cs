namespace Marrakesh.Modules.Knowledge.Search;

public sealed partial class SearchSnapshot
{
    /// <summary>Makes the next snapshot: the last one's contents copied, then documents added in the order of their ids.</summary>
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

        public void Add(SearchDocumentCache.Added d, IEnumerable<(string Facet, string Value)> facets)
        {
            if (firstId < 0)
            {
                firstId = d.Id;
            }
            while (codeStart.Count - 1 < d.Id - firstId) // ids no document has: empty ranges
            {
                codeStart.Add(codeData.Count);
                titleStart.Add(titleData.Count);
                texts.Add(null);
                lengths.Add(default);
            }
            codeData.Add(CodeOf("type", d.Type));
            codeData.Add(CodeOf("language", d.Language));
            foreach (var (facet, value) in facets)
            {
                codeData.Add(CodeOf(facet, value));
            }
            codeStart.Add(codeData.Count);
            titleData.AddRange(Sequence(d.TitleTerms));
            titleStart.Add(titleData.Count);
            texts.Add(Sequence(d.TextTerms).ToArray());
            lengths.Add((d.TitleTerms.Length, d.TextTerms.Length));
            (count, titleLengths, textLengths) = (count + 1, titleLengths + d.TitleTerms.Length, textLengths + d.TextTerms.Length);
        }

        public SearchSnapshot Build() => count == from.Count
            ? from
            : new SearchSnapshot(
                new Layout(firstId, [.. codeStart], [.. codeData], [.. titleStart], [.. titleData], [.. texts], [.. lengths]),
                vocabulary with { ByText = MergedByText() }, count, titleLengths, textLengths);

        /// <summary>The last snapshot's terms in order, with the new ones (sorted on their own) merged in.</summary>
        private int[] MergedByText()
        {
            var (terms, old) = (vocabulary.Terms, from.vocabulary.ByText);
            var added = Enumerable.Range(old.Length, terms.Count - old.Length).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(terms[a], terms[b]))).ToArray();
            var merged = new int[terms.Count];
            var (i, j) = (0, 0);
            for (var k = 0; k < merged.Length; k++)
            {
                merged[k] = j == added.Length || (i < old.Length && string.CompareOrdinal(terms[old[i]], terms[added[j]]) < 0) ? old[i++] : added[j++];
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
