using System.Globalization;

namespace Marrakesh.Platform.Audit;

/// <summary>A place where the chain no longer matches what was sealed.</summary>
/// <param name="Position">The link's position.</param>
/// <param name="EntryId">The audit entry the link seals, when one is named.</param>
/// <param name="Problem">What differs.</param>
public sealed record AuditChainBreak(long Position, long? EntryId, string Problem)
{
    public override string ToString() =>
        $"position {Position.ToString(CultureInfo.InvariantCulture)}{(EntryId is { } id ? $", entry {id.ToString(CultureInfo.InvariantCulture)}" : "")}: {Problem}";
}

/// <summary>
/// Checks links one at a time in position order, holding only the previous one, so any length of chain can stream
/// through. A link whose hash does not match its entry is judged when the next link arrives: if the next link chains
/// from the stored hash, the entry was changed; if it chains from the recomputed one, the stored hash was.
/// </summary>
internal sealed class AuditChainCheck
{
    public const int MaxListed = 100;

    private readonly AuditChainHash hasher = new();
    private readonly List<AuditChainBreak> listed = [];
    private long lastPosition;
    private string lastHash = AuditChainHash.Genesis;
    private Mismatch? mismatch;

    private sealed record Mismatch(long Position, long EntryId, string Stored, string Recomputed);

    public long Count { get; private set; }
    public long Breaks { get; private set; }
    public IReadOnlyList<AuditChainBreak> Listed => listed;
    public string HeadHash => lastHash;

    public void Add(AuditLink link, AuditEntry? entry)
    {
        Count++;
        var previous = ChainedFrom(link);
        mismatch = null;
        if (entry is null)
        {
            Report(link.Position, link.EntryId, "entry missing: the sealed entry is no longer in the audit trail");
        }
        else
        {
            var recomputed = hasher.Of(previous, entry);
            if (recomputed != link.Hash)
            {
                mismatch = new Mismatch(link.Position, link.EntryId, link.Hash, recomputed);
            }
        }
        lastPosition = link.Position;
        lastHash = link.Hash;
    }

    /// <summary>Judges the head link, which has no successor to compare with.</summary>
    public void Finish()
    {
        if (mismatch is { } m)
        {
            Report(m.Position, m.EntryId, "entry changed, or the head link's hash changed: compare the head with a copy kept outside");
        }
        mismatch = null;
    }

    /// <summary>The hash <paramref name="link"/> should chain from, reporting what the previous link or this one got wrong.</summary>
    private string ChainedFrom(AuditLink link)
    {
        if (link.Position != lastPosition + 1)
        {
            Finish();
            var first = lastPosition + 1;
            Report(first, null, first == link.Position - 1 ? "link missing" : $"links missing up to position {link.Position - 1}");
            return link.PreviousHash;
        }
        if (mismatch is { } m)
        {
            if (link.PreviousHash == m.Stored)
            {
                Report(m.Position, m.EntryId, "entry changed: it no longer matches the hash sealed for it, which the next link confirms");
                return m.Stored;
            }
            if (link.PreviousHash == m.Recomputed)
            {
                Report(m.Position, m.EntryId, "link changed: its hash was replaced; the entry still matches the hash the next link holds");
                return m.Recomputed;
            }
            Report(m.Position, m.EntryId, "entry or link changed: the entry matches neither its link's hash nor the next link's previous hash");
            return link.PreviousHash;
        }
        if (link.PreviousHash != lastHash)
        {
            Report(link.Position, link.EntryId, "link changed: its previous hash differs from the hash of the link before it");
        }
        return lastHash;
    }

    private void Report(long position, long? entryId, string problem)
    {
        Breaks++;
        if (listed.Count < MaxListed)
        {
            listed.Add(new AuditChainBreak(position, entryId, problem));
        }
    }
}
