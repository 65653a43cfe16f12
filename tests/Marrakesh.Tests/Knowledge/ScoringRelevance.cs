using Marrakesh.Modules.Knowledge.Search;

namespace Marrakesh.Tests.Knowledge;

public sealed class ScoringRelevance
{
    private static SearchQuery.Part Part(string q) => SearchQuery.Parse(q).Parts.Single();

    /// <summary>A snapshot of the cache holding one document (id 1, 2, … in order) per (title, text).</summary>
    private static SearchSnapshot Holding(params (string Title, string Text)[] documents) =>
        SearchSnapshot.Empty.With(
            [.. documents.Select((d, i) => new SearchDocumentCache.Added(i + 1, "practice", "en", SearchText.Terms(d.Title), SearchText.Terms(d.Text)))],
            _ => []);

    private static SearchSnapshot.Entry Entry(SearchSnapshot snapshot, long id)
    {
        Assert.True(snapshot.TryGet(id, out var entry));
        return entry;
    }

    [Theory]
    [InlineData("legal", "legal aid for legal workers", 2)]
    [InlineData("integra*", "integration and reintegration integrate", 2)]
    [InlineData("\"legal aid\"", "legal aid and aid legal then legal aid", 2)]
    [InlineData("\"legal aid\"", "legal workers aid", 0)]
    [InlineData("\"legal aid desk\"", "legal aid desk, legal aid and aid desk", 1)]
    [InlineData("法律援助", "提供法律援助和法律咨询", 1)]
    [InlineData("workers", "legal aid", 0)]
    public void Occurrences_count_words_prefixes_and_phrases_in_a_row(string query, string text, int expected)
    {
        var snapshot = Holding(("a title", text));
        Assert.Equal(expected, snapshot.Terms(Part(query)).Occurrences(Entry(snapshot, 1).Text));
    }

    [Fact]
    public void A_run_is_found_only_where_a_term_starts_even_inside_longer_numbers()
    {
        // 300 is written 0xAC 0x02: the byte 0x02 alone is term 2, and must not be found inside 300.
        var terms = TermSequence.Encode([300, 7, 2]);
        Assert.Equal([0xAC, 0x02, 0x07, 0x02], terms);
        Assert.Equal(1, TermSequence.Count(terms, TermSequence.Encode([2])));
        Assert.Equal(1, TermSequence.Count(terms, TermSequence.Encode([300, 7])));
        Assert.Equal(0, TermSequence.Count(terms, TermSequence.Encode([7, 300])));
        var marked = new ulong[5];
        marked[300 / 64] |= 1UL << (300 % 64);
        marked[0] |= 1UL << 2;
        Assert.Equal(2, TermSequence.Count(terms, marked));
    }

    [Fact]
    public void A_phrase_becomes_the_pairs_of_its_words_for_PostgreSQL_and_a_word_its_lexeme()
    {
        Assert.Equal("'legal_aid' & 'aid_desk'", Part("\"legal aid desk\"").ToPairQuery());
        Assert.Equal("'integra':*", Part("integra*").ToTsQuery());
        Assert.Equal("'法律_律援' & '律援_援助'", Part("法律援助").ToPairQuery());
    }

    [Fact]
    public void More_occurrences_score_higher_and_a_title_match_outweighs_the_text()
    {
        var snapshot = Holding(
            ("a title", "remittances are sent home"),
            ("a title", "remittances are sent home remittances"),
            ("remittances", "nothing here"),
            ("a title", "nothing here"));
        PartTerms[] parts = [snapshot.Terms(Part("remittances"))];
        var collection = new Relevance.Collection(1000, 20, 200);
        double[] idf = [Relevance.Idf(1000, 50)];
        double Score(long id) => Relevance.Score(parts, idf, Entry(snapshot, id), collection);
        Assert.True(Score(2) > Score(1));
        Assert.True(Score(3) > Score(2));
        Assert.Equal(0, Score(4));
        Assert.True(Relevance.TitleScore(parts, idf, Entry(snapshot, 3), collection) > 0);
        Assert.Equal(0, Relevance.TitleScore(parts, idf, Entry(snapshot, 2), collection));
    }
}
