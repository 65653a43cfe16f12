namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// The second stage of search, in memory over a <see cref="SearchSnapshot"/> (ADR 0010): every match is filtered and
/// counted for the facets; when there are more than can be scored in full, the candidates are those whose title
/// scores best, topped up with the most recent others; the candidates are scored with BM25 (<see cref="Relevance"/>)
/// and one page is kept. One pass over the matches does the filtering, the counting and the title scores.
/// </summary>
public static class Ranking
{
    /// <summary>A page of (id, score), best first; how many documents match after the filter; the facet counts by code.</summary>
    public sealed record Ranked(List<(long Id, double Score)> Page, int Total, int[] Counts);

    /// <summary>Ranks the matches of one search and keeps the page from <paramref name="skip"/>, <paramref name="take"/> long.</summary>
    /// <param name="snapshot">The documents in memory.</param>
    /// <param name="parts">The query's parts in the snapshot's term numbers.</param>
    /// <param name="perPart">The ids matching each part, as the database found them.</param>
    /// <param name="required">The codes a document must hold (<see cref="SearchSnapshot.Code"/>).</param>
    /// <param name="skip">How many of the best to pass over.</param>
    /// <param name="take">How many to keep after them.</param>
    /// <param name="candidates">How many matches are scored in full at most, beyond the page asked for.</param>
    public static Ranked Rank(SearchSnapshot snapshot, PartTerms[] parts, long[][] perPart, int[] required, int skip, int take, int candidates)
    {
        var matches = Intersection(perPart);
        var collection = snapshot.Collection;
        var idf = perPart.Select(ids => Relevance.Idf(collection.Documents, ids.Length)).ToArray();
        var limit = Math.Max(candidates, skip + take);
        var byTitle = matches.Length > limit ? new TopScores(limit) : null;
        var kept = new List<long>(matches.Length);
        var counts = new int[snapshot.ValueCount];
        foreach (var id in matches)
        {
            if (!snapshot.TryGet(id, out var entry) || !Holds(entry.Codes, required))
            {
                continue;
            }
            kept.Add(id);
            foreach (var code in entry.Codes)
            {
                counts[code]++;
            }
            if (byTitle is not null)
            {
                var score = Relevance.TitleScore(parts, idf, entry, collection);
                if (score > 0)
                {
                    byTitle.Offer(id, score);
                }
            }
        }

        var chosen = kept.Count <= limit ? kept : TopUp(byTitle!.Best().Select(t => t.Id).ToList(), kept, limit);
        var page = new TopScores(skip + take);
        foreach (var id in chosen)
        {
            snapshot.TryGet(id, out var entry);
            page.Offer(id, Relevance.Score(parts, idf, entry, collection));
        }
        return new Ranked([.. page.Best().Skip(skip)], kept.Count, counts);
    }

    /// <summary>If fewer titles match than there is room for, the most recent of the other matches fill the rest.</summary>
    private static List<long> TopUp(List<long> titled, List<long> kept, int limit)
    {
        if (titled.Count < limit)
        {
            var chosen = titled.ToHashSet();
            titled.AddRange(kept.Where(id => !chosen.Contains(id)).OrderDescending().Take(limit - titled.Count));
        }
        return titled;
    }

    private static bool Holds(ReadOnlySpan<int> codes, int[] required)
    {
        foreach (var code in required)
        {
            if (codes.IndexOf(code) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every id that all the lists hold, starting from the shortest list.</summary>
    private static long[] Intersection(long[][] lists)
    {
        var ordered = lists.OrderBy(l => l.Length).ToList();
        if (ordered.Count == 1)
        {
            return ordered[0];
        }
        var common = ordered[0].ToHashSet();
        foreach (var list in ordered.Skip(1))
        {
            common.IntersectWith(list);
        }
        return [.. common];
    }

    /// <summary>
    /// The best <c>count</c> offered, without sorting them all: highest score first, then lowest id. An offer no
    /// better than the worst kept is turned away with one comparison.
    /// </summary>
    private sealed class TopScores(int count)
    {
        private readonly PriorityQueue<long, (double Score, long NegatedId)> kept = new(count + 1);

        public void Offer(long id, double score)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(id, (score, -id));
            }
            else if (count > 0)
            {
                kept.EnqueueDequeue(id, (score, -id)); // drops the worst: lowest score, then highest id
            }
        }

        public List<(long Id, double Score)> Best()
        {
            var best = new List<(long Id, double Score)>(kept.Count);
            while (kept.TryDequeue(out var id, out var priority))
            {
                best.Add((id, priority.Score));
            }
            best.Reverse();
            return best;
        }
    }
}
