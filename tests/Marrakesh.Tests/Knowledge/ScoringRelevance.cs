using Marrakesh.Modules.Knowledge.Search;

namespace Marrakesh.Tests.Knowledge;

public sealed class ScoringRelevance
{
    private static SearchQuery.Part Part(string q) => SearchQuery.Parse(q).Parts.Single();

    [Theory]
    [InlineData("legal", "legal aid for legal workers", 2)]
    [InlineData("integra*", "integration and reintegration integrate", 2)]
    [InlineData("\"legal aid\"", "legal aid and aid legal then legal aid", 2)]
    [InlineData("\"legal aid\"", "legal workers aid", 0)]
    public void Occurrences_count_words_prefixes_and_phrases_in_a_row(string query, string text, int expected) =>
        Assert.Equal(expected, Relevance.Occurrences(Relevance.Split(SearchText.Terms(text)), Part(query)));

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
        var query = SearchQuery.Parse("remittances");
        var collection = new Relevance.Collection(1000, 20, 200);
        double[] idf = [Relevance.Idf(1000, 50)];
        var once = Relevance.Score(query, idf, "a title", "remittances are sent home", collection);
        var twice = Relevance.Score(query, idf, "a title", "remittances are sent home remittances", collection);
        var titled = Relevance.Score(query, idf, "remittances", "nothing here", collection);
        Assert.True(twice > once);
        Assert.True(titled > twice);
        Assert.Equal(0, Relevance.Score(query, idf, "a title", "nothing here", collection));
    }
}
