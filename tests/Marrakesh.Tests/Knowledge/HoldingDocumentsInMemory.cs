using Marrakesh.Modules.Knowledge.Search;

namespace Marrakesh.Tests.Knowledge;

public sealed class HoldingDocumentsInMemory
{
    private static SearchDocumentCache.Added Document(long id, string title, string text, string language = "en") =>
        new(id, "practice", language, SearchText.Terms(title), SearchText.Terms(text));

    private static SearchQuery.Part Part(string q) => SearchQuery.Parse(q).Parts.Single();

    [Fact]
    public void A_later_load_adds_documents_after_gaps_and_leaves_the_earlier_snapshot_as_it_was()
    {
        var first = SearchSnapshot.Empty.With([Document(3, "Legal aid", "A desk at the bus station")], _ => [("objective", "7")]);
        var second = first.With([Document(6, "Remittances", "Cheaper transfers home", "fr"), Document(7, "Legal clinics", "Lawyers volunteer")], _ => []);

        Assert.Equal((1, 3L), (first.Count, first.MaxId));
        Assert.Equal((3, 7L), (second.Count, second.MaxId));
        Assert.False(first.TryGet(6, out _));
        Assert.False(second.TryGet(4, out _));
        Assert.False(second.TryGet(2, out _));
        Assert.False(second.TryGet(8, out _));

        Assert.True(second.TryGet(3, out var legalAid));
        Assert.Equal(["practice", "en", "7"], legalAid.Codes.ToArray().Select(code => second.Value(code).Value));
        Assert.True(second.TryGet(6, out var remittances));
        Assert.Equal(["practice", "fr"], remittances.Codes.ToArray().Select(code => second.Value(code).Value));

        var legal = second.Terms(Part("legal"));
        Assert.True(second.TryGet(7, out var clinics));
        Assert.Equal(1, legal.Occurrences(clinics.Title));
        Assert.Equal(0, legal.Occurrences(remittances.Title));
        Assert.True(second.Terms(Part("transfers")).OccursIn(remittances));
        Assert.Equal(new PartTerms(null, null), first.Terms(Part("transfers"))); // a word the first snapshot never saw matches nothing
        Assert.NotNull(second.Terms(Part("transfers")).Run);
    }

    [Fact]
    public void A_prefix_finds_the_words_it_starts_from_every_load_and_no_others()
    {
        var first = SearchSnapshot.Empty.With([Document(1, "Integration", "zebra crossings")], _ => []);
        var second = first.With([Document(2, "Integrate", "intake of applications"), Document(3, "Reintegration", "integer integral integrated")], _ => []);

        var prefix = second.Terms(Part("integra*"));

        int[] Found(long id, bool title) => second.TryGet(id, out var entry) ? [prefix.Occurrences(title ? entry.Title : entry.Text)] : [];
        Assert.Equal([1], Found(1, title: true));
        Assert.Equal([1], Found(2, title: true));
        Assert.Equal([0], Found(2, title: false));
        Assert.Equal([0], Found(3, title: true));
        Assert.Equal([2], Found(3, title: false));
    }

    [Fact]
    public void Filters_become_codes_and_a_value_no_document_has_matches_none()
    {
        var snapshot = SearchSnapshot.Empty.With([Document(1, "Legal aid", "A desk")], _ => [("region", "Africa")]);
        Assert.True(snapshot.TryGet(1, out var entry));

        var africa = snapshot.Code(new SearchFilter(null, null, "Africa", null));
        var asia = snapshot.Code(new SearchFilter(null, null, "Asia", null));

        Assert.True(entry.Codes.Contains(africa.Single()));
        Assert.Equal([-1], asia);
    }
}
