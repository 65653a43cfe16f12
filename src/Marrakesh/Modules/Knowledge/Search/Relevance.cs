namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// How well a document answers a query: BM25 over its title and its text, a title match weighing ten times a text
/// match (ADR 0010). Computed here, from the terms <see cref="SearchDocumentCache"/> holds, rather than by the
/// database, so both databases rank alike and only the candidates are scored, never every match. Lengths are counted
/// in characters of the indexed terms: BM25 only compares a document's length with the average.
/// </summary>
public static class Relevance
{
    public const double TitleWeight = 10.0;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Collection figures BM25 needs: how many documents there are and their average lengths.</summary>
    public sealed record Collection(int Documents, double AverageTitleLength, double AverageTextLength);

    /// <summary>The inverse document frequency of a part that <paramref name="matching"/> of the documents match.</summary>
    public static double Idf(int documents, int matching) =>
        Math.Log(1 + ((documents - matching + 0.5) / (matching + 0.5)));

    /// <summary>The title's share of the score alone: what the first stage orders candidates by.</summary>
    public static double TitleScore(PartTerms[] parts, double[] idf, SearchSnapshot.Entry document, Collection collection)
    {
        var score = 0.0;
        for (var p = 0; p < parts.Length; p++)
        {
            score += idf[p] * TitleWeight * Saturate(parts[p].Occurrences(document.Title), document.TitleLength, collection.AverageTitleLength);
        }
        return score;
    }

    /// <summary>The full score of one document over title and text.</summary>
    public static double Score(PartTerms[] parts, double[] idf, SearchSnapshot.Entry document, Collection collection)
    {
        var score = TitleScore(parts, idf, document, collection);
        for (var p = 0; p < parts.Length; p++)
        {
            score += idf[p] * Saturate(parts[p].Occurrences(document.Text), document.TextLength, collection.AverageTextLength);
        }
        return score;
    }

    private static double Saturate(int occurrences, int length, double averageLength) =>
        occurrences == 0 ? 0 : occurrences * (K1 + 1) / (occurrences + (K1 * (1 - B + (B * length / Math.Max(1, averageLength)))));
}
